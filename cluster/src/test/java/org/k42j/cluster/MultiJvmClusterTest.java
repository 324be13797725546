package org.k42j.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.cluster.hits.Hits;
import org.k42j.cluster.hits.Hits_Cluster;

/**
 * Three members in three JVM processes on 127.0.0.1 and this test's JVM as a fourth: cluster totals
 * across process boundaries, and graceful leaves of the processes that hand their state to the
 * members that stay. Every process is destroyed at the end, whatever happens.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class MultiJvmClusterTest {
  private static final int FIRST_PORT = 16001;

  @Test
  void threeProcessesShareOneClusteredObject() throws Exception {
    String cluster = TestClusters.uniqueName("jvms");
    ClusterMember here = TestClusters.join(cluster, FIRST_PORT);
    List<Process> processes = new ArrayList<>();
    try {
      int[] counts = {1_000, 2_000, 3_000};
      for (int count : counts) {
        processes.add(start(cluster, count));
      }
      List<BufferedReader> outputs = new ArrayList<>();
      for (int i = 0; i < processes.size(); i++) {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(processes.get(i).getInputStream(), StandardCharsets.UTF_8));
        outputs.add(out);
        assertEquals("READY " + counts[i], readLine(out, processes.get(i)));
      }
      TestClusters.awaitSize(here, 4);
      Hits hits = Hits_Cluster.of(here, "requests");
      assertEquals(6_000, hits.clusterHits());
      assertEquals(6_000, hits.flushed());
      assertEquals(0, hits.memberHits());

      // Each process leaves gracefully in turn: the totals stay, handed on between JVMs.
      for (int i = 0; i < processes.size(); i++) {
        Writer in =
            new OutputStreamWriter(processes.get(i).getOutputStream(), StandardCharsets.UTF_8);
        in.write("leave\n");
        in.flush();
        assertEquals("LEFT", readLine(outputs.get(i), processes.get(i)));
        assertTrue(processes.get(i).waitFor(30, TimeUnit.SECONDS), "process " + i + " exits");
        TestClusters.awaitSize(here, 4 - i - 1);
        assertEquals(6_000, hits.clusterHits());
      }
      assertEquals(6_000, hits.memberHits());
      assertEquals(6_000, hits.flushed());
    } finally {
      for (Process process : processes) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
      here.terminate();
    }
  }

  private static Process start(String cluster, int count) throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            classPath,
            MemberProcess.class.getName(),
            cluster,
            String.valueOf(FIRST_PORT),
            String.valueOf(count));
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    return builder.start();
  }

  /** The process's next line of output, waiting at most 60 s. */
  private static String readLine(BufferedReader out, Process process) throws Exception {
    return CompletableFuture.supplyAsync(
            () -> {
              try {
                return out.readLine();
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .get(60, TimeUnit.SECONDS);
  }
}

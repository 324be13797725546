package org.k42j.examples.cluster;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.k42j.cluster.ClusterMember;
import org.k42j.cluster.LoopbackConfig;
import org.k42j.examples.stats.EndpointStats;
import org.k42j.examples.stats.StatsSnapshot;
import org.k42j.examples.stats.SyntheticTraffic;

/**
 * Cluster-wide request statistics on N member JVMs of this machine (loopback only): {@code
 * ClusterDemo [N] [seconds]} starts N member processes, each recording synthetic traffic from two
 * threads, and joins them as an observer that prints the cluster's totals while they run; then the
 * members leave one by one, gracefully, each handing its statistics on, and the totals stay exact.
 * {@code ClusterDemo --member CLUSTER SECONDS} is one such member (what the processes run).
 *
 * <pre>
 * mvn -q -B install -DskipTests -pl examples -am
 * mvn -q -B exec:java -pl examples -Dexec.mainClass=org.k42j.examples.cluster.ClusterDemo -Dexec.args=3
 * </pre>
 *
 * <p>Every child process is destroyed when the demo ends, however it ends.
 */
public final class ClusterDemo {
  private static final int FIRST_PORT = 5801;
  private static final String NAME = "requests";
  private static final int THREADS = 2;

  private ClusterDemo() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--member")) {
      member(args[1], Integer.parseInt(args[2]));
      return;
    }
    int members = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    if (members < 1 || members > 8) {
      throw new IllegalArgumentException("members: 1 to 8, not " + members);
    }
    observe(members, seconds);
  }

  /** The observer: starts the members, prints totals, has them leave, checks the totals. */
  private static void observe(int count, int seconds) throws Exception {
    String cluster = "k42j-demo-" + UUID.randomUUID().toString().substring(0, 8);
    List<Process> processes = new ArrayList<>();
    ClusterMember observer = ClusterMember.start(LoopbackConfig.member(cluster, FIRST_PORT));
    try {
      System.out.printf(
          "cluster %s on 127.0.0.1: this JVM observes, %d member JVMs record%n", cluster, count);
      for (int i = 0; i < count; i++) {
        processes.add(startMember(cluster, seconds));
      }
      List<BufferedReader> outputs = new ArrayList<>();
      for (Process process : processes) {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        outputs.add(out);
        expect(out, "RECORDING");
      }
      ClusterRequestStats stats = ClusterRequestStats_Cluster.of(observer, NAME);
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (System.nanoTime() < end) {
        Thread.sleep(1_000);
        System.out.printf(
            "  %d members, %,d requests so far (a cluster gather over every member)%n",
            observer.hazelcast().getCluster().getMembers().size() - 1, stats.requests());
      }
      long recorded = 0;
      for (BufferedReader out : outputs) {
        recorded += Long.parseLong(expect(out, "DONE ").substring(5));
      }
      System.out.printf(
          "all members stopped: %,d requests recorded, %,d in the cluster%n",
          recorded, stats.requests());
      for (int i = 0; i < processes.size(); i++) {
        Writer in =
            new OutputStreamWriter(processes.get(i).getOutputStream(), StandardCharsets.UTF_8);
        in.write("leave\n");
        in.flush();
        expect(outputs.get(i), "LEFT");
        processes.get(i).waitFor(30, TimeUnit.SECONDS);
        System.out.printf(
            "member %d left gracefully: %,d requests in the cluster%n", i + 1, stats.requests());
      }
      StatsSnapshot all = stats.snapshot();
      System.out.println("every member left; their statistics are now in this JVM:");
      for (var entry : all.endpoints().entrySet()) {
        EndpointStats s = entry.getValue();
        System.out.printf(
            Locale.ROOT,
            "  %-20s %,9d requests %,6d errors  mean %,8.1f us%n",
            entry.getKey(),
            s.count(),
            s.errors(),
            s.meanLatencyNanos() / 1_000);
      }
      System.out.printf(
          "exact: %s (%,d recorded, %,d in the snapshot)%n",
          all.totalRequests() == recorded ? "yes" : "NO", recorded, all.totalRequests());
      if (all.totalRequests() != recorded) {
        throw new IllegalStateException("the cluster lost requests");
      }
    } finally {
      for (Process process : processes) {
        process.destroyForcibly();
      }
      observer.leave();
    }
  }

  /** One member JVM: records until {@code seconds} are up, then leaves when told on stdin. */
  private static void member(String cluster, int seconds) throws Exception {
    ClusterMember member = ClusterMember.start(LoopbackConfig.member(cluster, FIRST_PORT));
    ClusterRequestStats stats = ClusterRequestStats_Cluster.of(member, NAME);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long[] recorded = new long[THREADS];
    Set<Long> ids = new HashSet<>();
    List<Thread> threads = new ArrayList<>();
    System.out.println("RECORDING");
    System.out.flush();
    for (int t = 0; t < THREADS; t++) {
      int index = t;
      Thread thread =
          new Thread(
              () -> {
                SyntheticTraffic traffic = new SyntheticTraffic(System.nanoTime() + index);
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                  mine.add(stats.newRequestId());
                  traffic.recordNext(stats);
                  recorded[index]++;
                }
                synchronized (ids) {
                  for (long id : mine) {
                    if (!ids.add(id)) {
                      throw new IllegalStateException("request id " + id + " given twice");
                    }
                  }
                }
              });
      threads.add(thread);
      thread.start();
    }
    long total = 0;
    for (int t = 0; t < THREADS; t++) {
      threads.get(t).join();
      total += recorded[t];
    }
    System.out.println("DONE " + total);
    System.out.flush();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = readWithin(in, 120);
    if ("leave".equals(line)) {
      member.leave();
      System.out.println("LEFT");
    } else {
      member.terminate();
    }
    System.out.flush();
    System.exit(0);
  }

  private static Process startMember(String cluster, int seconds) throws IOException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            classPath(),
            ClusterDemo.class.getName(),
            "--member",
            cluster,
            String.valueOf(seconds));
    builder.redirectError(ProcessBuilder.Redirect.INHERIT);
    return builder.start();
  }

  /**
   * This program's class path: the class loader's when it was loaded by one of URLs (Maven's {@code
   * exec:java}, whose JVM's class path is Maven's own), else the JVM's.
   */
  private static String classPath() {
    if (ClusterDemo.class.getClassLoader() instanceof URLClassLoader loader) {
      List<String> entries = new ArrayList<>();
      for (URL url : loader.getURLs()) {
        try {
          entries.add(Path.of(url.toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
          throw new IllegalStateException("class path entry " + url + " is not a file", e);
        }
      }
      return String.join(File.pathSeparator, entries);
    }
    return System.getProperty("java.class.path");
  }

  /** The next line, which must start with {@code prefix}, within 60 s. */
  private static String expect(BufferedReader out, String prefix) throws Exception {
    String line = readWithin(out, 60);
    if (line == null || !line.startsWith(prefix)) {
      throw new IllegalStateException("a member said " + line + ", not " + prefix.trim());
    }
    return line;
  }

  private static String readWithin(BufferedReader in, int seconds)
      throws InterruptedException, ExecutionException {
    try {
      return CompletableFuture.supplyAsync(
              () -> {
                try {
                  return in.readLine();
                } catch (IOException e) {
                  return null;
                }
              })
          .get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return null;
    }
  }
}

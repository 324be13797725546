package org.k42j.cluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.k42j.cluster.hits.Hits;
import org.k42j.cluster.hits.Hits_Cluster;

/**
 * One member in a JVM of its own, for {@link MultiJvmClusterTest}: joins the cluster named by the
 * first argument on 127.0.0.1 from the port in the second, hits "requests" as often as the third
 * says (and flushes as often to the root), prints {@code READY}, then waits for a line on stdin:
 * {@code leave} leaves gracefully, end of input terminates (as a crash does). Exits within 60 s of
 * starting to wait, whatever happens.
 */
public final class MemberProcess {
  private MemberProcess() {}

  public static void main(String[] args) throws Exception {
    ClusterMember member =
        ClusterMember.start(LoopbackConfig.member(args[0], Integer.parseInt(args[1])));
    int count = Integer.parseInt(args[2]);
    Hits hits = Hits_Cluster.of(member, "requests");
    for (int i = 0; i < count; i++) {
      hits.hit();
    }
    hits.flush(count);
    System.out.println("READY " + hits.memberHits());
    System.out.flush();
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                return;
              }
              Runtime.getRuntime().halt(3);
            });
    watchdog.setDaemon(true);
    watchdog.start();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line = in.readLine();
    if ("leave".equals(line)) {
      member.leave();
      System.out.println("LEFT");
    } else {
      member.terminate();
    }
    System.out.flush();
    System.exit(0);
  }
}

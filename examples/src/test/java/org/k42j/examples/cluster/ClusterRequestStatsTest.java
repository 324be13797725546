package org.k42j.examples.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.cluster.ClusterMember;
import org.k42j.cluster.LoopbackConfig;
import org.k42j.examples.stats.StatsSnapshot;
import org.k42j.examples.stats.SyntheticTraffic;

/**
 * The cluster example on three embedded members (loopback only): request ids unique across the
 * cluster, statistics exact across members and across a graceful leave.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClusterRequestStatsTest {
  @Test
  void idsAreUniqueAndStatisticsExactAcrossMembersAndALeave() throws Exception {
    String cluster = "stats-" + UUID.randomUUID().toString().substring(0, 8);
    List<ClusterMember> members = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      for (int i = 0; i < 3; i++) {
        members.add(ClusterMember.start(LoopbackConfig.member(cluster, 16101)));
      }
      List<Future<List<Long>>> work = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        ClusterRequestStats stats = ClusterRequestStats_Cluster.of(members.get(t % 3), "requests");
        long seed = t;
        work.add(
            pool.submit(
                () -> {
                  SyntheticTraffic traffic = new SyntheticTraffic(seed);
                  List<Long> ids = new ArrayList<>();
                  for (int i = 0; i < 2_500; i++) {
                    ids.add(stats.newRequestId());
                    traffic.recordNext(stats);
                  }
                  return ids;
                }));
      }
      Set<Long> ids = new HashSet<>();
      for (Future<List<Long>> future : work) {
        ids.addAll(future.get(60, TimeUnit.SECONDS));
      }
      assertEquals(6 * 2_500, ids.size(), "every request id is unique in the cluster");

      ClusterRequestStats first = ClusterRequestStats_Cluster.of(members.get(0), "requests");
      StatsSnapshot before = first.snapshot();
      assertEquals(6 * 2_500, before.totalRequests());
      assertEquals(6 * 2_500, first.requests());

      members.get(2).leave();
      assertEquals(before, first.snapshot());
      assertEquals(
          before,
          ClusterRequestStats_Cluster.of(members.get(1), "requests")
              .memberSnapshot()
              .plus(first.memberSnapshot()));

      first.reset();
      assertEquals(0, first.requests());
    } finally {
      pool.shutdownNow();
      for (ClusterMember member : members) {
        if (member.hazelcast().getLifecycleService().isRunning()) {
          member.terminate();
        }
      }
    }
  }
}

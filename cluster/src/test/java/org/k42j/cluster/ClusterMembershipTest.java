package org.k42j.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.hazelcast.cluster.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.cluster.hits.Hits;
import org.k42j.cluster.hits.Hits_Cluster;

/**
 * Members that leave, crash and join, under load, with exact totals for what the model promises: a
 * graceful leave loses nothing; a crash loses exactly the crashed member's rep state and nothing of
 * the root's; a joining member starts empty.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ClusterMembershipTest {
  private static final int THREADS = 3;

  /** Hits {@code handle} from THREADS threads until {@code stop}, counting completed hits. */
  private static List<Future<?>> load(
      ExecutorService pool, Hits handle, AtomicBoolean stop, AtomicLong done, boolean flush) {
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(
          pool.submit(
              () -> {
                while (!stop.get()) {
                  if (flush) {
                    handle.flush(1);
                  } else {
                    handle.hit();
                  }
                  done.incrementAndGet();
                }
              }));
    }
    return futures;
  }

  private static void awaitAll(List<Future<?>> futures) throws Exception {
    for (Future<?> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void gracefulLeavesLoseNothingAndJoinersStartEmpty() throws Exception {
    String cluster = TestClusters.uniqueName("leave");
    List<ClusterMember> members = TestClusters.start(cluster, 15801, 3);
    ExecutorService pool = Executors.newFixedThreadPool(3 * THREADS);
    try {
      List<Hits> hits = new ArrayList<>();
      for (ClusterMember member : members) {
        hits.add(Hits_Cluster.of(member, "requests"));
      }
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong total = new AtomicLong();
      AtomicLong flushed = new AtomicLong();
      List<Future<?>> running = new ArrayList<>();
      running.addAll(load(pool, hits.get(0), stop, total, false));
      running.addAll(load(pool, hits.get(1), stop, total, false));
      running.addAll(load(pool, hits.get(2), stop, total, false));
      running.addAll(load(pool, hits.get(2), stop, flushed, true));
      Thread.sleep(1_500);
      stop.set(true);
      awaitAll(running);
      long expected = total.get();
      assertEquals(expected, hits.get(0).clusterHits());

      // A graceful scale-down: the leaving member's callers have stopped, its state moves on.
      members.get(2).leave();
      TestClusters.awaitSize(members.get(0), 2);
      assertEquals(expected, hits.get(0).clusterHits());
      assertEquals(expected, hits.get(1).clusterHits());
      assertEquals(flushed.get(), hits.get(0).flushed());
      assertThrows(MemberNotActiveException.class, hits.get(2)::clusterHits);

      // A joiner starts empty and sees the same totals.
      ClusterMember joiner = TestClusters.join(cluster, 15801);
      members.add(joiner);
      TestClusters.awaitSize(members.get(0), 3);
      Hits joined = Hits_Cluster.of(joiner, "requests");
      assertEquals(0, joined.memberHits());
      assertEquals(expected, joined.clusterHits());
      joined.hit();

      // Another leave: whatever that member adopted moves on with its own reps.
      members.get(1).leave();
      TestClusters.awaitSize(members.get(0), 2);
      assertEquals(expected + 1, hits.get(0).clusterHits());
      assertEquals(expected + 1, joined.clusterHits());
      assertEquals(expected + 1, joined.memberHits() + hits.get(0).memberHits());
      assertEquals(flushed.get(), joined.flushed());
    } finally {
      pool.shutdownNow();
      TestClusters.stopAll(members);
    }
  }

  @Test
  void aCrashLosesExactlyTheCrashedMembersRepStateAndNoRootState() throws Exception {
    String cluster = TestClusters.uniqueName("crash");
    List<ClusterMember> members = TestClusters.start(cluster, 15901, 3);
    ExecutorService pool = Executors.newFixedThreadPool(5 * THREADS);
    try {
      String name = "requests";
      List<Hits> hits = new ArrayList<>();
      for (ClusterMember member : members) {
        hits.add(Hits_Cluster.of(member, name));
      }
      // Crash a member that does not own the root's entry, so no root call is in flight to a
      // member that dies (such a call may be retried by Hazelcast: see docs/cluster.md).
      Member owner = members.get(0).hazelcast().getPartitionService().getPartition(name).getOwner();
      int victim = -1;
      for (int i = 0; i < members.size() && victim < 0; i++) {
        if (!members.get(i).hazelcast().getCluster().getLocalMember().equals(owner)) {
          victim = i;
        }
      }
      int a = (victim + 1) % 3;
      int b = (victim + 2) % 3;
      AtomicBoolean stop = new AtomicBoolean();
      AtomicBoolean stopVictim = new AtomicBoolean();
      AtomicLong survivorsHits = new AtomicLong();
      AtomicLong victimHits = new AtomicLong();
      AtomicLong flushed = new AtomicLong();
      List<Future<?>> survivors = new ArrayList<>();
      survivors.addAll(load(pool, hits.get(a), stop, survivorsHits, false));
      survivors.addAll(load(pool, hits.get(b), stop, survivorsHits, false));
      survivors.addAll(load(pool, hits.get(a), stop, flushed, true));
      survivors.addAll(load(pool, hits.get(b), stop, flushed, true));
      List<Future<?>> onVictim = load(pool, hits.get(victim), stopVictim, victimHits, false);
      Thread.sleep(1_000);

      members.get(victim).terminate(); // mid-load
      stopVictim.set(true);
      for (Future<?> future : onVictim) {
        try {
          future.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
          // a call through the crashed member's handle may fail; its hits are lost anyway
        }
      }
      TestClusters.awaitSize(members.get(a), 2);
      Thread.sleep(500);
      stop.set(true);
      awaitAll(survivors);

      assertEquals(survivorsHits.get(), hits.get(a).clusterHits());
      assertEquals(survivorsHits.get(), hits.get(b).clusterHits());
      assertEquals(flushed.get(), hits.get(a).flushed());

      // Now crash the member that owns the root's entry, with no call in flight, once the cluster
      // has made a new backup of every entry the first crash took one from: the backup takes
      // over, nothing of the root is lost.
      TestClusters.await(
          () -> members.get(a).hazelcast().getPartitionService().isClusterSafe(),
          "every partition backed up again");
      Member newOwner =
          members.get(a).hazelcast().getPartitionService().getPartition(name).getOwner();
      int ownerIndex =
          members.get(a).hazelcast().getCluster().getLocalMember().equals(newOwner) ? a : b;
      int last = ownerIndex == a ? b : a;
      long lastHits = hits.get(last).memberHits();
      members.get(ownerIndex).terminate();
      TestClusters.awaitSize(members.get(last), 1);
      assertEquals(flushed.get(), hits.get(last).flushed());
      assertEquals(lastHits, hits.get(last).clusterHits());
    } finally {
      pool.shutdownNow();
      TestClusters.stopAll(members);
    }
  }
}

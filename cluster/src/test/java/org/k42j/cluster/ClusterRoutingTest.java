package org.k42j.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.cluster.hits.Hits;
import org.k42j.cluster.hits.Hits_Cluster;
import org.k42j.runtime.ClusteredObjectDestroyedException;

/**
 * Routing on three embedded members of one cluster, shared by the tests (each test binds its own
 * name): per-rep calls stay in the member, gathers span the member or the cluster, broadcasts reach
 * every member, {@code @OnRoot} calls reach the one root, destroy is cluster-wide.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClusterRoutingTest {
  private static final int THREADS = 4;
  private static List<ClusterMember> members;

  @BeforeAll
  static void startCluster() {
    members = TestClusters.start(TestClusters.uniqueName("routing"), 15701, 3);
  }

  @AfterAll
  static void stopCluster() {
    TestClusters.stopAll(members);
  }

  private static List<Hits> bind(String name) {
    List<Hits> handles = new ArrayList<>();
    for (ClusterMember member : members) {
      handles.add(Hits_Cluster.of(member, name));
    }
    return handles;
  }

  /** Runs {@code perThread} hits on {@code handle} from each of THREADS threads. */
  private static void load(Hits handle, int perThread) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    handle.hit();
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void perRepCallsStayInTheMemberAndClusterGathersFoldEveryMember() throws Exception {
    List<Hits> hits = bind("routing");
    load(hits.get(0), 10_000);
    load(hits.get(1), 20_000);
    load(hits.get(2), 30_000);

    assertEquals(THREADS * 10_000L, hits.get(0).memberHits());
    assertEquals(THREADS * 20_000L, hits.get(1).memberHits());
    assertEquals(THREADS * 30_000L, hits.get(2).memberHits());
    for (Hits handle : hits) {
      assertEquals(THREADS * 60_000L, handle.clusterHits());
    }
    // MAX folds the members' maxima: at least the largest member's share over its reps.
    long busiest = hits.get(0).busiestRep();
    assertTrue(busiest >= 30_000L && busiest <= THREADS * 30_000L, "busiest rep " + busiest);
  }

  @Test
  void combinerFoldsEveryMembersPartsAndBroadcastReachesEveryMember() {
    List<Hits> hits = bind("tags");
    hits.get(0).hit(1, "a");
    hits.get(1).hit(2, "b");
    hits.get(2).hit(3, "c");
    hits.get(2).hit(4, "d");
    assertEquals(List.of("a", "b", "c", "d"), hits.get(1).tags());
    assertEquals(10, hits.get(0).clusterHits());

    hits.get(1).reset();

    for (Hits handle : hits) {
      assertEquals(0, handle.memberHits());
      assertEquals(List.of(), handle.tags());
    }
  }

  @Test
  void aMemberThatNeverCalledContributesTheIdentity() {
    Hits first = Hits_Cluster.of(members.get(0), "one-member");
    first.hit(7, "x");
    assertEquals(7, first.clusterHits());
    assertEquals(List.of("x"), first.tags());
  }

  @Test
  void onRootCallsFromEveryMemberReachTheOneRoot() throws Exception {
    List<Hits> hits = bind("root");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        Hits handle = hits.get(t % 3);
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 300; i++) {
                    handle.flush(2);
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    for (Hits handle : hits) {
      assertEquals(6 * 300 * 2L, handle.flushed());
    }
    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> hits.get(2).failOnRoot("no quota"));
    assertEquals("no quota", thrown.getMessage());
  }

  @Test
  void destroyIsClusterWide() {
    List<Hits> hits = bind("destroyed");
    hits.get(0).hit();
    hits.get(1).flush(5);

    members.get(2).destroy("destroyed");

    for (Hits handle : hits) {
      assertThrows(ClusteredObjectDestroyedException.class, handle::hit);
      assertThrows(ClusterObjectDestroyedException.class, handle::clusterHits);
      assertThrows(ClusterObjectDestroyedException.class, handle::memberHits);
      assertThrows(ClusteredObjectDestroyedException.class, handle::flushed);
    }
    for (ClusterMember member : members) {
      assertThrows(
          ClusterObjectDestroyedException.class, () -> Hits_Cluster.of(member, "destroyed"));
    }
  }

  @Test
  void everyMemberIsOnLoopback() throws Exception {
    for (ClusterMember member : members) {
      for (com.hazelcast.cluster.Member seen : member.hazelcast().getCluster().getMembers()) {
        assertTrue(seen.getAddress().getInetAddress().isLoopbackAddress(), seen.toString());
      }
    }
  }

  @Test
  void aNameIsOneObjectPerMember() {
    Hits a = Hits_Cluster.of(members.get(0), "same");
    Hits b = Hits_Cluster.of(members.get(0), "same");
    a.hit();
    b.hit();
    assertEquals(2, a.memberHits());
    assertSame(
        members.get(0).bind("same", sideOf(a)).local(),
        members.get(0).bind("same", sideOf(b)).local());
  }

  @SuppressWarnings("unchecked")
  private static ClusterSide<Hits> sideOf(Hits handle) {
    try {
      var field = handle.getClass().getDeclaredField("binding");
      field.setAccessible(true);
      return ((ClusterBinding<Hits>) field.get(handle)).side();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}

package org.k42j.examples.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.k42j.examples.ParallelRun;
import org.k42j.runtime.ClusteredObjects;

/**
 * Both forms of the request statistics stay exact under real contention: 8 threads x 10^6 requests,
 * each thread replaying its own seeded stream, give per endpoint exactly the statistics of the same
 * streams replayed one after another on one thread.
 */
class RequestStatsContentionTest {
  private static final int THREADS = 8;
  private static final int REQUESTS = 1_000_000;
  private static final long SEED = 20_240_601L;

  private static StatsSnapshot expected;

  @BeforeAll
  static void replayTheStreamsSequentially() {
    SynchronizedRequestStats reference = new SynchronizedRequestStats();
    for (int thread = 0; thread < THREADS; thread++) {
      SyntheticTraffic traffic = new SyntheticTraffic(SEED + thread);
      for (int i = 0; i < REQUESTS; i++) {
        traffic.recordNext(reference);
      }
    }
    expected = reference.snapshot();
    assertEquals((long) THREADS * REQUESTS, expected.totalRequests());
    assertEquals(SyntheticTraffic.ENDPOINTS, expected.endpoints().keySet().stream().toList());
  }

  @Test
  void clusteredStatsCountEveryEndpointExactlyUnderContention() throws Exception {
    ClusteredRequestStats stats = ClusteredRequestStats_Factory.create();

    replayConcurrently(stats);

    StatsSnapshot actual = stats.snapshot();
    for (String endpoint : SyntheticTraffic.ENDPOINTS) {
      assertEquals(expected.endpoint(endpoint), actual.endpoint(endpoint), endpoint);
    }
    assertEquals(expected, actual);
    assertTrue(ClusteredObjects.stats(stats).reps() >= 1);
  }

  @Test
  void synchronizedStatsCountEveryEndpointExactlyUnderContention() throws Exception {
    SynchronizedRequestStats stats = new SynchronizedRequestStats();

    replayConcurrently(stats);

    assertEquals(expected, stats.snapshot());
  }

  private static void replayConcurrently(RequestStats stats) throws InterruptedException {
    ParallelRun.timed(
        THREADS,
        thread -> {
          SyntheticTraffic traffic = new SyntheticTraffic(SEED + thread);
          for (int i = 0; i < REQUESTS; i++) {
            traffic.recordNext(stats);
          }
        });
  }
}

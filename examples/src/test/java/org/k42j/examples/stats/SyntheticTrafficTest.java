package org.k42j.examples.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyntheticTrafficTest {
  private static StatsSnapshot replay(long seed, int requests) {
    SynchronizedRequestStats stats = new SynchronizedRequestStats();
    SyntheticTraffic traffic = new SyntheticTraffic(seed);
    for (int i = 0; i < requests; i++) {
      traffic.recordNext(stats);
    }
    return stats.snapshot();
  }

  @Test
  void theSameSeedGivesTheSameRequests() {
    assertEquals(replay(7, 10_000), replay(7, 10_000));
    assertNotEquals(replay(7, 10_000), replay(8, 10_000));
  }

  @Test
  void requestsCoverEveryEndpointWithLatenciesInRangeAndAboutOneErrorIn32() {
    StatsSnapshot snapshot = replay(3, 64_000);

    assertEquals(SyntheticTraffic.ENDPOINTS, snapshot.endpoints().keySet().stream().toList());
    for (EndpointStats stats : snapshot.endpoints().values()) {
      assertTrue(stats.count() > 7_000 && stats.count() < 9_000, stats.toString());
      assertTrue(stats.maxLatencyNanos() < 2_050_000, stats.toString());
      assertTrue(stats.totalLatencyNanos() >= 50_000 * stats.count(), stats.toString());
    }
    assertTrue(
        snapshot.totalErrors() > 1_500 && snapshot.totalErrors() < 2_500, snapshot.toString());
  }
}

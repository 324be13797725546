package org.k42j.examples.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.k42j.examples.PinnedIdentity;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.UniformTopology;

/**
 * The ported service answers exactly as the synchronized one it replaces: the same operations,
 * issued from threads on four different processors (so from four reps), give equal snapshots at
 * every step.
 */
class PortedStatsEquivalenceTest {
  private static final int PROCESSORS = 4;

  private final PinnedIdentity identity = new PinnedIdentity(PROCESSORS);
  private final List<ExecutorService> processors = new ArrayList<>();
  private Processors.Installation previous;

  private final SynchronizedRequestStats before = new SynchronizedRequestStats();
  private ClusteredRequestStats after;

  @BeforeEach
  void startOneThreadPerProcessor() throws Exception {
    previous = Processors.install(identity, UniformTopology.single());
    for (int p = 0; p < PROCESSORS; p++) {
      int processor = p;
      ExecutorService executor = Executors.newSingleThreadExecutor();
      executor.submit(() -> identity.pin(processor)).get();
      processors.add(executor);
    }
    after = ClusteredRequestStats_Factory.create();
  }

  @AfterEach
  void stopThreads() {
    processors.forEach(ExecutorService::shutdownNow);
    previous.close();
  }

  @Test
  void recordedRequestsGiveTheSameCountsErrorsTotalsAndMaxima() throws Exception {
    onBoth(0, s -> s.record("GET /a", 100, false));
    onBoth(1, s -> s.record("GET /a", 300, true));
    onBoth(2, s -> s.record("GET /a", 200, false));
    onBoth(3, s -> s.record("POST /b", 50, true));
    onBoth(1, s -> s.record("POST /b", 0, false));

    StatsSnapshot snapshot = after.snapshot();
    assertEquals(new EndpointStats(3, 1, 600, 300), snapshot.endpoint("GET /a"));
    assertEquals(new EndpointStats(2, 1, 50, 50), snapshot.endpoint("POST /b"));
    assertEquals(EndpointStats.NONE, snapshot.endpoint("GET /never"));
    assertEquals(List.of("GET /a", "POST /b"), List.copyOf(snapshot.endpoints().keySet()));
    assertEquals(before.snapshot(), snapshot);
    assertEquals(PROCESSORS, ClusteredObjects.stats(after).reps());
  }

  @Test
  void newStatsHaveAnEmptySnapshot() {
    assertEquals(StatsSnapshot.empty(), after.snapshot());
    assertEquals(before.snapshot(), after.snapshot());
  }

  @Test
  void resetForgetsEveryEndpointOnEveryRep() throws Exception {
    for (int p = 0; p < PROCESSORS; p++) {
      String endpoint = "GET /" + p;
      onBoth(p, s -> s.record(endpoint, 10, false));
    }

    onBoth(2, RequestStats::reset);

    assertEquals(StatsSnapshot.empty(), after.snapshot());
    onBoth(3, s -> s.record("GET /3", 7, true));
    assertEquals(new EndpointStats(1, 1, 7, 7), after.snapshot().endpoint("GET /3"));
    assertEquals(before.snapshot(), after.snapshot());
  }

  @Test
  void invalidRequestsAreRejectedAlikeAndRecordNothing() throws Exception {
    for (RequestStats stats : List.<RequestStats>of(before, after)) {
      assertThrows(NullPointerException.class, () -> stats.record(null, 1, false));
      IllegalArgumentException negative =
          assertThrows(IllegalArgumentException.class, () -> stats.record("GET /x", -1, false));
      assertEquals(
          "latency of a request to GET /x is -1 ns; a latency is a duration, measure it with"
              + " System.nanoTime() differences",
          negative.getMessage());
    }
    assertEquals(StatsSnapshot.empty(), after.snapshot());
    assertEquals(before.snapshot(), after.snapshot());
  }

  /**
   * A seeded random mix of records (over known and new endpoints, with random latencies and
   * outcomes), snapshots and rare resets, each issued on a random processor: every snapshot of the
   * ported stats equals the synchronized one's at the same step.
   */
  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, 20_240_601L})
  void seededRandomOperationsGiveIdenticalSnapshotsAtEveryStep(long seed) throws Exception {
    Random random = new Random(seed);
    int snapshots = 0;
    for (int step = 0; step < 3_000; step++) {
      int processor = random.nextInt(PROCESSORS);
      int kind = random.nextInt(100);
      if (kind < 80) {
        String endpoint = "/e" + random.nextInt(12);
        long latency = random.nextInt(5) == 0 ? 0 : random.nextInt(1_000_000);
        boolean error = random.nextInt(8) == 0;
        onBoth(processor, s -> s.record(endpoint, latency, error));
      } else if (kind < 99) {
        List<StatsSnapshot> pair = new ArrayList<>();
        onBoth(processor, s -> pair.add(s.snapshot()));
        assertEquals(pair.get(0), pair.get(1), "seed " + seed + ", step " + step);
        snapshots++;
      } else {
        onBoth(processor, RequestStats::reset);
      }
    }
    assertEquals(before.snapshot(), after.snapshot(), "seed " + seed + ", at the end");
    assertTrue(snapshots > 0, "no snapshot was compared");
  }

  /** Runs {@code operation} on the synchronized and then the clustered stats, on one processor. */
  private void onBoth(int processor, StatsOperation operation) throws Exception {
    Future<?> done =
        processors
            .get(processor)
            .submit(
                () -> {
                  operation.apply(before);
                  operation.apply(after);
                  return null;
                });
    done.get();
  }

  /** One operation on either form of the stats. */
  @FunctionalInterface
  private interface StatsOperation {
    void apply(RequestStats stats);
  }
}

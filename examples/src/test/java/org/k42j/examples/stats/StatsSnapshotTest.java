package org.k42j.examples.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StatsSnapshotTest {
  private static StatsSnapshot snapshot(Map<String, EndpointStats> endpoints) {
    return new StatsSnapshot(new TreeMap<>(endpoints));
  }

  @Test
  void mergingAddsCountsErrorsAndTotalsAndKeepsTheLargestMaximum() {
    StatsSnapshot a =
        snapshot(
            Map.of(
                "GET /a",
                new EndpointStats(2, 1, 30, 20),
                "GET /b",
                new EndpointStats(1, 0, 5, 5)));
    StatsSnapshot b =
        snapshot(
            Map.of(
                "GET /a",
                new EndpointStats(3, 0, 60, 25),
                "GET /c",
                new EndpointStats(4, 4, 8, 2)));

    StatsSnapshot merged = new MergeSnapshots().combine(a, b);

    assertEquals(new EndpointStats(5, 1, 90, 25), merged.endpoint("GET /a"));
    assertEquals(new EndpointStats(1, 0, 5, 5), merged.endpoint("GET /b"));
    assertEquals(new EndpointStats(4, 4, 8, 2), merged.endpoint("GET /c"));
    assertEquals(List.of("GET /a", "GET /b", "GET /c"), List.copyOf(merged.endpoints().keySet()));
    assertEquals(10, merged.totalRequests());
    assertEquals(5, merged.totalErrors());
    assertEquals(merged, new MergeSnapshots().combine(b, a));
  }

  @Test
  void theCombinersIdentityIsTheEmptySnapshotAndChangesNothing() {
    MergeSnapshots merge = new MergeSnapshots();
    StatsSnapshot a = snapshot(Map.of("GET /a", new EndpointStats(2, 1, 30, 20)));

    assertSame(StatsSnapshot.empty(), merge.identity());
    assertEquals(a, merge.combine(merge.identity(), a));
    assertEquals(a, merge.combine(a, merge.identity()));
    assertEquals(0, merge.identity().totalRequests());
  }

  @Test
  void snapshotsAreUnmodifiableCopies() {
    TreeMap<String, EndpointStats> source =
        new TreeMap<>(Map.of("GET /a", new EndpointStats(1, 0, 1, 1)));
    StatsSnapshot snapshot = new StatsSnapshot(source);

    source.put("GET /b", EndpointStats.NONE);

    assertEquals(1, snapshot.endpoints().size());
    assertThrows(UnsupportedOperationException.class, () -> snapshot.endpoints().clear());
  }

  @Test
  void meanLatencyIsTotalOverCountAndZeroWithoutRequests() {
    assertEquals(15.0, new EndpointStats(2, 0, 30, 20).meanLatencyNanos());
    assertEquals(0.0, EndpointStats.NONE.meanLatencyNanos());
  }
}

package org.k42j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PerformanceDocTest {
  @Test
  void replacesOnlyTheTextBetweenTheMarkers() {
    String document =
        "# Performance\n\nProse before.\n\n"
            + PerformanceDoc.BEGIN
            + "\nold table\n"
            + PerformanceDoc.END
            + "\n\nProse after.\n";

    String updated = PerformanceDoc.replaceBlock(document, "new table\n");

    assertEquals(
        "# Performance\n\nProse before.\n\n"
            + PerformanceDoc.BEGIN
            + "\n\nnew table\n\n"
            + PerformanceDoc.END
            + "\n\nProse after.\n",
        updated);
  }

  @Test
  void replacingTwiceGivesTheSameDocument() {
    String once = PerformanceDoc.replaceBlock("# P\n", "table");

    assertEquals(once, PerformanceDoc.replaceBlock(once, "table"));
  }

  @Test
  void documentWithoutMarkersGetsTheBlockAtItsEnd() {
    assertEquals(
        "# P\n\n" + PerformanceDoc.BEGIN + "\n\ntable\n\n" + PerformanceDoc.END + "\n",
        PerformanceDoc.replaceBlock("# P\n", "table"));
    assertEquals(
        PerformanceDoc.BEGIN + "\n\ntable\n\n" + PerformanceDoc.END + "\n",
        PerformanceDoc.replaceBlock("", "table"));
  }
}

package org.k42j.it.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

/**
 * A converted gather ({@code double doubleValue()} of a long counter) must convert the exact sum
 * once, as a default method does; summing each rep's count converted to double rounds at every step
 * and loses what the small reps hold.
 */
class ConvertedGathersTest {
  private static final long TWO_TO_53 = 1L << 53; // above it, doubles step by 2

  /** The declared processor is per thread: leave the next test on processor 0. */
  @AfterEach
  void backToProcessorZero() {
    DeclaredIdentity.declare(0);
  }

  @Test
  void aSumOfPerRepDoublesLosesCountsTheDefaultMethodKeeps() throws Exception {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      Meter meter = Meter_Factory.create();
      DeclaredIdentity.declare(0); // slot 0: the gather visits this rep first
      meter.add(TWO_TO_53);
      for (int processor = 1; processor <= 6; processor++) {
        DeclaredIdentity.declare(processor);
        meter.add(1);
      }
      long exact = TWO_TO_53 + 6; // even, so exactly a double
      assertEquals(exact, meter.sum());
      assertEquals((double) exact, meter.doubleValue());
      assertEquals(exact, (long) meter.doubleValue());
      // 2^53 + 1.0 rounds back to 2^53, six times over.
      assertEquals((double) TWO_TO_53, meter.summedDoubles());
      assertNotEquals(meter.doubleValue(), meter.summedDoubles());
      ClusteredObjects.destroy(meter);
    }
  }
}

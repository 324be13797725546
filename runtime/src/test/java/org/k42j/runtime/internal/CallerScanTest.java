package org.k42j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.k42j.runtime.clustering.internal.RuntimeGuard;

/**
 * Which classes the caller scan treats as the runtime's shared bases (never a sign that a thread is
 * inside one object): the runtime's own classes and the JDK's, by where they were loaded from, not
 * by package name alone, so a contract or rep that lives in a package named like the runtime's (as
 * the runtime's own tests' do) is still watched.
 */
class CallerScanTest {
  @Test
  void theRuntimesAndTheJdksClassesAreShared() {
    assertTrue(CallerScan.shared(Object.class));
    assertTrue(CallerScan.shared(String.class));
    assertTrue(CallerScan.shared(RepGuard.class));
    assertTrue(CallerScan.shared(ClusterRoot.class));
    assertTrue(CallerScan.shared(RuntimeGuard.class));
  }

  @Test
  void classesInTheRuntimesPackagesFromElsewhereAreWatched() {
    assertFalse(CallerScan.shared(CallerScanTest.class), "a test class in the runtime's package");
    assertFalse(
        CallerScan.shared(org.k42j.runtime.clustering.SwappableCounter.class),
        "a rep class in org.k42j.runtime.clustering");
    assertFalse(CallerScan.shared(org.junit.jupiter.api.Test.class));
  }
}

package org.k42j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.backend.BatonBackend;
import org.k42j.kernel.backend.ContinuationBackend;

class KernelOptionsTest {
  @Test
  void theBackendPropertyPicksTheDefaultBackendAndAnUnknownNameIsRefused() {
    String before = System.getProperty(KernelOptions.BACKEND_PROPERTY);
    try {
      System.setProperty(KernelOptions.BACKEND_PROPERTY, "baton");
      assertTrue(KernelOptions.defaults().backend() instanceof BatonBackend);
      System.setProperty(KernelOptions.BACKEND_PROPERTY, "continuation");
      assertTrue(KernelOptions.defaults().backend() instanceof ContinuationBackend);
      System.setProperty(KernelOptions.BACKEND_PROPERTY, "fibers");
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, KernelOptions::defaults);
      assertTrue(refused.getMessage().contains("baton or continuation"), refused.getMessage());
    } finally {
      if (before == null) {
        System.clearProperty(KernelOptions.BACKEND_PROPERTY);
      } else {
        System.setProperty(KernelOptions.BACKEND_PROPERTY, before);
      }
    }
  }

  /**
   * The build names the backend every test's kernel boots with (kernel/pom.xml: baton; .ci/run's
   * second kernel run on JDK 21+: continuation), so that run cannot silently test the baton again.
   */
  @Test
  void theBuildNamesTheBackendTheTestsBootWith() {
    String named = System.getProperty(KernelOptions.BACKEND_PROPERTY);
    assertTrue(named != null, "surefire sets " + KernelOptions.BACKEND_PROPERTY);
    Class<?> expected =
        named.equals("continuation") ? ContinuationBackend.class : BatonBackend.class;
    assertEquals(expected, KernelOptions.defaults().backend().getClass());
  }

  @Test
  void optionsAreCopiedWithOneFieldChanged() {
    KernelOptions options = KernelOptions.defaults().withSeed(7).withShutdownGrace(Duration.ZERO);
    assertEquals(7, options.seed());
    assertEquals(Duration.ZERO, options.shutdownGrace());
    assertThrows(
        IllegalArgumentException.class, () -> options.withShutdownGrace(Duration.ofMillis(-1)));
  }
}

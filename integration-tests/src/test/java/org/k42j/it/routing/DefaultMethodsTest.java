package org.k42j.it.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Workers;

/**
 * A default method the rep does not override runs its body on the handle, so the calls it makes are
 * routed as declared; one the rep overrides goes to the caller's rep; a marked one keeps its
 * marker's meaning.
 */
class DefaultMethodsTest {
  private static final int PROCESSORS = 8;

  /** The declared processor is per thread: leave the next test on processor 0. */
  @AfterEach
  void backToProcessorZero() {
    DeclaredIdentity.declare(0);
  }

  @Test
  void aDefaultMethodCallingAGatherSeesTheTotalNotTheCallersShare() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single())) {
      Usage usage = Usage_Factory.create();
      for (int processor = 0; processor < 4; processor++) {
        DeclaredIdentity.declare(processor);
        usage.record(100_000);
      }
      DeclaredIdentity.declare(0); // this processor's rep holds 100,000 of the 400,000
      assertEquals(400_000, usage.count());
      assertTrue(usage.busy(300_000), "busy(300,000) with a total of 400,000");
      assertFalse(usage.busy(400_000));
      assertEquals(400_000, usage.longValue());
      DeclaredIdentity.declare(7); // a processor without a rep: the body still sees the total
      assertEquals(400_000, usage.longValue());
      ClusteredObjects.destroy(usage);
    }
  }

  @Test
  void aDefaultMethodTheRepOverridesGoesToTheCallersRep() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single())) {
      Usage usage = Usage_Factory.create();
      DeclaredIdentity.declare(2);
      usage.record(5);
      DeclaredIdentity.declare(3);
      usage.record(7);
      assertEquals("rep holding 7", usage.label());
      DeclaredIdentity.declare(2);
      assertEquals("rep holding 5", usage.label());
      ClusteredObjects.destroy(usage);
    }
  }

  @Test
  void aGatheredDefaultMethodRunsItsBodyOnEveryRepAndFoldsTheResults() throws Exception {
    try (var machine =
        Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single())) {
      Usage usage = Usage_Factory.create();
      for (int processor = 0; processor < PROCESSORS; processor++) {
        DeclaredIdentity.declare(processor);
        usage.record(processor + 1);
      }
      assertEquals(2 * 36, usage.doubled());
      ClusteredObjects.destroy(usage);
    }
  }

  @Test
  void underEightThreadsADefaultMethodSeesTheExactTotalOnceUpdatesStop() throws Exception {
    try (var machine = Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      Usage usage = Usage_Factory.create();
      Workers.run(
          8,
          t -> {
            for (int i = 0; i < 50_000; i++) {
              usage.record(1);
            }
          });
      assertEquals(400_000, usage.longValue());
      assertTrue(usage.busy(399_999));
      assertFalse(usage.busy(400_000));
      ClusteredObjects.destroy(usage);
    }
  }

  @Test
  void theGeneratedClassesLeaveAnUnoverriddenDefaultMethodToItsBody() throws Exception {
    for (String generated : new String[] {"Usage_Dispatcher", "Usage_Miss", "Usage_Guard"}) {
      Class<?> type = Class.forName("org.k42j.it.routing." + generated);
      for (String inherited : new String[] {"busy", "longValue"}) {
        Method method =
            inherited.equals("busy")
                ? type.getMethod(inherited, long.class)
                : type.getMethod(inherited);
        assertEquals(Usage.class, method.getDeclaringClass(), generated + "." + inherited);
      }
      assertEquals(
          type, type.getMethod("label").getDeclaringClass(), generated + ".label is overridden");
    }
    assertThrows(
        NoSuchMethodException.class,
        () -> Usage_Dispatcher.class.getDeclaredMethod("busy", long.class));
  }
}

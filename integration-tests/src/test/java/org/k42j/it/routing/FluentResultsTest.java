package org.k42j.it.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Method;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.lifecycle.Interceptor;
import org.k42j.runtime.lifecycle.Interposition;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Workers;

/**
 * A rep or root method that returns its own object hands the caller the handle: chained calls stay
 * routed and guarded, on the hit path, through the miss object, through the guard, and behind an
 * interposed layer.
 */
class FluentResultsTest {
  private static final int THREADS = 8;
  private static final int PROCESSORS = 8;
  private static final int CHAINS = 100_000;
  private static final int ROUNDS = 20;

  /** The declared processor is per thread: leave the next test on processor 0. */
  @AfterEach
  void backToProcessorZero() {
    DeclaredIdentity.declare(0);
  }

  @Test
  void chainedCallsOnExclusiveRepsUnderEightThreadsCountExactly() throws Exception {
    // Eight threads on two processors, four to each (declared, so they never move apart): a
    // chained call that reached a rep without its guard would race with the processor's other
    // threads and lose increments (1,414,113 of 1,600,000 before the handle was returned). On
    // two cores a lost increment needs two of those threads running at once: several rounds.
    try (var machine =
        Processors.install(new DeclaredIdentity(PROCESSORS), UniformTopology.single())) {
      for (int round = 0; round < ROUNDS; round++) {
        Chain chain = Chain_Factory.create();
        Workers.run(
            THREADS,
            t -> {
              DeclaredIdentity.declare(t % 2);
              for (int i = 0; i < CHAINS; i++) {
                chain.add(1).add(1);
              }
            });
        assertEquals(2L * THREADS * CHAINS, chain.total(), "round " + round);
        ClusteredObjects.destroy(chain);
      }
    }
  }

  @Test
  void everyPathReturnsTheHandleWhereTheRepReturnedItself() throws Exception {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      Chain chain = Chain_Factory.create();
      DeclaredIdentity.declare(3);
      assertSame(chain, chain.add(1), "first call on processor 3: through the miss object");
      assertSame(chain, chain.add(1), "the hit path, through the guard");
      assertSame(chain, chain.self(), "a result typed Object");
      assertSame(ChainRep.OTHER, chain.other(), "a result that is not the rep is passed on");
      DeclaredIdentity.declare(5);
      chain.add(10);
      assertSame(chain, chain.largest(), "a gather whose combiner picked one of the reps");
      DeclaredIdentity.declare(0);
      assertSame(chain, chain.add(1), "another processor's first call");
      assertEquals(13, chain.total());
      ClusteredObjects.destroy(chain);
    }
  }

  @Test
  void anInheritedGenericFluentMethodReturnsTheHandle() throws Exception {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      Tally tally = Tally_Factory.create();
      DeclaredIdentity.declare(4);
      assertSame(tally, tally.add(1), "through the miss object");
      assertSame(tally, tally.add(1).add(1), "the hit path");
      assertEquals(3, tally.total());
      DeclaredIdentity.declare(0);
      ClusteredObjects.destroy(tally);
    }
  }

  @Test
  void aRootMethodReturningTheRootReturnsTheHandle() throws Exception {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      Chain chain = Chain_Factory.create();
      assertSame(chain, chain.name("left"));
      assertEquals("left", chain.name());
      ClusteredObjects.destroy(chain);
    }
  }

  @Test
  void behindAnInterposedLayerTheHandleIsReturnedToo() throws Exception {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      Chain chain = Chain_Factory.create();
      chain.add(1); // processor 0's rep exists, so the layer wraps its guard
      Interceptor counting =
          new Interceptor() {
            @Override
            public Object before(Method method) {
              return null;
            }

            @Override
            public void after(Method method, Object token, Throwable failure) {}
          };
      try (Interposition layer = ClusteredObjects.interpose(chain, counting)) {
        assertSame(chain, chain.add(1).add(1));
        assertSame(chain, chain.self());
      }
      assertEquals(3, chain.total());
      ClusteredObjects.destroy(chain);
    }
  }
}

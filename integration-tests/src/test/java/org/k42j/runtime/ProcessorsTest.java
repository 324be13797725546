package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.spi.ProcessorIdentity;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.Topology;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

/** Installing and restoring the machine (identity and topology) that clustered objects see. */
class ProcessorsTest {
  @Test
  void installReplacesTheMachineAndClosingRestoresIt() {
    ProcessorIdentity defaultIdentity = Processors.identity();
    Topology defaultTopology = Processors.topology();
    DeclaredIdentity outer = new DeclaredIdentity(16);
    UniformTopology outerTopology = new UniformTopology(4, 4);
    try (var first = Processors.install(outer, outerTopology)) {
      assertSame(outer, Processors.identity());
      assertEquals(16, Processors.count());
      assertEquals(4, Processors.nodeCount());
      assertEquals(2, Processors.nodeOf(9));

      ThreadSlotIdentity inner = new ThreadSlotIdentity(3);
      try (var second = Processors.install(inner, UniformTopology.single())) {
        assertSame(inner, Processors.identity());
        assertEquals(3, Processors.count());
        assertEquals(1, Processors.nodeCount());
      }
      assertSame(outer, Processors.identity(), "closing the inner install restores the outer");
      assertSame(outerTopology, Processors.topology());
    }
    assertSame(defaultIdentity, Processors.identity());
    assertSame(defaultTopology, Processors.topology());
  }

  @Test
  void closingAnInstallationTwiceDoesNotUndoALaterInstall() {
    ProcessorIdentity before = Processors.identity();
    Processors.Installation first =
        Processors.install(new DeclaredIdentity(2), UniformTopology.single());
    first.close();
    DeclaredIdentity later = new DeclaredIdentity(3);
    try (var second = Processors.install(later, UniformTopology.single())) {
      first.close();
      assertSame(later, Processors.identity());
    }
    assertSame(before, Processors.identity());
  }

  @Test
  void closingAnInstallationBeforeALaterOneIsRefusedAndChangesNothing() {
    ProcessorIdentity before = Processors.identity();
    DeclaredIdentity outer = new DeclaredIdentity(2);
    DeclaredIdentity inner = new DeclaredIdentity(3);
    Processors.Installation first = Processors.install(outer, UniformTopology.single());
    Processors.Installation second = Processors.install(inner, UniformTopology.single());
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class, first::close);
      assertTrue(
          e.getMessage().contains("close installations in reverse order of install"),
          e.getMessage());
      assertTrue(e.getMessage().contains(inner.toString()), e.getMessage());
      assertSame(inner, Processors.identity(), "the refused close undid nothing");
    } finally {
      second.close();
    }
    assertSame(outer, Processors.identity());
    first.close(); // in order now
    assertSame(before, Processors.identity());
  }

  @Test
  void theDefaultIsOneThreadSlotPerAvailableProcessorOnOneNode() {
    assertTrue(Processors.identity() instanceof ThreadSlotIdentity);
    assertEquals(Runtime.getRuntime().availableProcessors(), Processors.count());
    assertEquals(1, Processors.nodeCount());
  }

  @Test
  void anIdentityWithNoProcessorsIsRefused() {
    ProcessorIdentity empty =
        new ProcessorIdentity() {
          @Override
          public int count() {
            return 0;
          }

          @Override
          public int current() {
            return 0;
          }
        };
    ProcessorIdentity before = Processors.identity();
    ProcessorIdentityException e =
        assertThrows(
            ProcessorIdentityException.class,
            () -> Processors.install(empty, UniformTopology.single()));
    assertTrue(e.getMessage().contains("must hand out at least one id"), e.getMessage());
    assertSame(before, Processors.identity());
  }

  @Test
  void aNegativeProcessorIdReachingTheRootIsReportedAsTheIdentitysFault() {
    try (var machine = Processors.install(new DeclaredIdentity(4), UniformTopology.single())) {
      Counter counter = Counter_Factory.create();
      ProcessorIdentityException e =
          assertThrows(
              ProcessorIdentityException.class,
              () ->
                  org.k42j.runtime.internal.RootCore.of(
                          org.k42j.runtime.internal.DispatcherBase.rootOf(counter))
                      .miss(-1));
      assertTrue(e.getMessage().contains("returned -1; ids must be in 0..3"), e.getMessage());
      ClusteredObjects.destroy(counter);
    }
  }
}

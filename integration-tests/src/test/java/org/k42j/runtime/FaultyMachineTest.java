package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.fixture.exclusive.AdaptiveTally;
import org.k42j.runtime.fixture.exclusive.AdaptiveTally_Factory;
import org.k42j.runtime.fixture.exclusive.NodeTally;
import org.k42j.runtime.fixture.exclusive.NodeTally_Factory;
import org.k42j.runtime.internal.DispatcherBase;
import org.k42j.runtime.internal.RootCore;
import org.k42j.runtime.spi.Topology;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

/**
 * A faulty identity or topology is named in a {@link ProcessorIdentityException}: ids outside both
 * the identity's count and the row (however large), and nodes outside the topology's node count,
 * are refused before anything is allocated for them.
 */
class FaultyMachineTest {
  @AfterEach
  void backToProcessorZero() {
    DeclaredIdentity.declare(0);
  }

  @ParameterizedTest(name = "id {0}")
  @ValueSource(ints = {4, 5, 1 << 30, Integer.MAX_VALUE})
  void anIdBeyondTheIdentitysCountAndTheRowIsTheIdentitysFault(int id) {
    DeclaredIdentity identity = new DeclaredIdentity(4);
    try (var machine = Processors.install(identity, UniformTopology.single())) {
      Counter counter = Counter_Factory.create();
      counter.increment();
      DeclaredIdentity.declare(id);
      ProcessorIdentityException e =
          assertThrows(ProcessorIdentityException.class, counter::increment);
      assertTrue(
          e.getMessage().contains("processor identity " + identity + " returned " + id),
          e.getMessage());
      assertTrue(e.getMessage().contains("ids must be in 0..3"), e.getMessage());
      DeclaredIdentity.declare(0);
      assertEquals(4, ClusteredObjects.stats(counter).rowLength(), "the row did not grow");
      assertEquals(1, ClusteredObjects.stats(counter).reps());
      ClusteredObjects.destroy(counter);
    }
  }

  @Test
  void anIdTheRowCoversStaysValidAfterASmallerIdentityIsInstalled() {
    try (var big = Processors.install(new DeclaredIdentity(16), UniformTopology.single())) {
      Counter counter = Counter_Factory.create();
      try (var small = Processors.install(new DeclaredIdentity(2), UniformTopology.single())) {
        DeclaredIdentity.declare(9); // beyond the identity's count, within the row
        counter.increment();
      }
      assertEquals(1, counter.value());
      ClusteredObjects.destroy(counter);
    }
  }

  @Test
  void contentionReportedFromAnIdBeyondTheIdentityIsTheIdentitysFault() {
    try (var machine = Processors.install(new DeclaredIdentity(4), UniformTopology.single())) {
      AdaptiveTally tally = AdaptiveTally_Factory.create();
      tally.increment();
      ProcessorIdentityException e =
          assertThrows(
              ProcessorIdentityException.class,
              () -> RootCore.of(DispatcherBase.rootOf(tally)).contended(Integer.MAX_VALUE));
      assertTrue(e.getMessage().contains("ids must be in 0..3"), e.getMessage());
      assertEquals(4, ClusteredObjects.stats(tally).rowLength());
      ClusteredObjects.destroy(tally);
    }
  }

  @ParameterizedTest(name = "node {0}")
  @ValueSource(ints = {-1, 2, Integer.MAX_VALUE})
  void aNodeOutsideTheTopologyIsTheTopologysFault(int node) {
    Topology faulty =
        new Topology() {
          @Override
          public int nodeCount() {
            return 2;
          }

          @Override
          public int nodeOf(int processor) {
            return processor == 3 ? node : 0;
          }

          @Override
          public String toString() {
            return "FaultyTopology";
          }
        };
    try (var machine = Processors.install(new DeclaredIdentity(4), faulty)) {
      NodeTally tally = NodeTally_Factory.create();
      tally.increment(); // processor 0, node 0
      DeclaredIdentity.declare(3);
      ProcessorIdentityException e =
          assertThrows(ProcessorIdentityException.class, tally::increment);
      assertTrue(
          e.getMessage().contains("topology FaultyTopology put processor 3 on node " + node),
          e.getMessage());
      assertTrue(e.getMessage().contains("nodes must be in 0..1"), e.getMessage());
      DeclaredIdentity.declare(0);
      assertEquals(1, ClusteredObjects.stats(tally).reps());
      assertEquals(1, tally.total());
      ClusteredObjects.destroy(tally);
    }
  }
}

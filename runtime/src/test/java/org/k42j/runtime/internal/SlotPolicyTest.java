package org.k42j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ProcessorIdentityException;
import org.k42j.runtime.spi.Topology;
import org.k42j.runtime.spi.UniformTopology;

/** Which rep slot serves a processor under each policy, and the adaptive policy's growth. */
class SlotPolicyTest {
  @Test
  void fixedPoliciesMapEveryProcessorToItsSlot() {
    SlotPolicy perProcessor = new SlotPolicy(Policy.PER_PROCESSOR, 0);
    SlotPolicy perCluster = new SlotPolicy(Policy.PER_CLUSTER, 4);
    SlotPolicy single = new SlotPolicy(Policy.SINGLE, 0);
    SlotPolicy perNode = new SlotPolicy(Policy.PER_NODE, 0);
    perNode.placeBy(new UniformTopology(2, 3));
    for (int processor = 0; processor < 12; processor++) {
      assertEquals(processor, perProcessor.slotOf(processor));
      assertEquals(processor / 4, perCluster.slotOf(processor));
      assertEquals(0, single.slotOf(processor));
      assertEquals((processor / 3) % 2, perNode.slotOf(processor));
    }
    assertEquals(-1, perProcessor.adaptiveHome());
  }

  @Test
  void onlyPerNodeKeepsTheTopologyThatPlacesItsReps() {
    UniformTopology topology = new UniformTopology(2, 2);
    SlotPolicy perNode = new SlotPolicy(Policy.PER_NODE, 0);
    SlotPolicy perProcessor = new SlotPolicy(Policy.PER_PROCESSOR, 0);
    perNode.placeBy(topology);
    perProcessor.placeBy(topology);
    assertEquals(topology, perNode.topology());
    assertEquals(null, perProcessor.topology());
  }

  @Test
  void aClusterOfNoProcessorsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SlotPolicy(Policy.PER_CLUSTER, 0));
  }

  @Test
  void aTopologyPuttingAProcessorOnANodeItDoesNotHaveIsRefusedByName() {
    Topology faulty =
        new Topology() {
          @Override
          public int nodeCount() {
            return 2;
          }

          @Override
          public int nodeOf(int processor) {
            return processor == 3 ? 5 : 0;
          }

          @Override
          public String toString() {
            return "faulty";
          }
        };
    SlotPolicy perNode = new SlotPolicy(Policy.PER_NODE, 0);
    perNode.placeBy(faulty);
    assertEquals(0, perNode.slotOf(2));
    ProcessorIdentityException e =
        assertThrows(ProcessorIdentityException.class, () -> perNode.slotOf(3));
    assertTrue(
        e.getMessage().contains("topology faulty put processor 3 on node 5"), e.getMessage());
    assertTrue(e.getMessage().contains("nodes must be in 0..1"), e.getMessage());
  }

  @Test
  void adaptiveSharesTheFirstCallersSlotUntilAProcessorIsGivenItsOwn() {
    SlotPolicy adaptive = new SlotPolicy(Policy.ADAPTIVE, 0);
    assertFalse(adaptive.mayGiveOwnRep(3), "no home yet: nothing to grow from");
    assertEquals(2, adaptive.slotOf(2), "the first processor that needs a slot is the home");
    assertEquals(2, adaptive.adaptiveHome());
    assertEquals(2, adaptive.slotOf(5));
    assertEquals(2, adaptive.slotOf(0));

    assertFalse(adaptive.mayGiveOwnRep(2), "the home has its rep");
    assertTrue(adaptive.mayGiveOwnRep(5));
    assertFalse(adaptive.contentionChangesNothing(5));
    adaptive.gaveOwnRep(5);
    assertEquals(5, adaptive.slotOf(5));
    assertEquals(2, adaptive.slotOf(0), "others still share the home");
    assertFalse(adaptive.mayGiveOwnRep(5), "once only");
    assertTrue(adaptive.contentionChangesNothing(5));
    assertTrue(adaptive.contentionChangesNothing(2));
    assertFalse(adaptive.contentionChangesNothing(0));

    adaptive.gaveOwnRep(40); // beyond the ownership table: it grows and keeps what it had
    assertEquals(40, adaptive.slotOf(40));
    assertEquals(5, adaptive.slotOf(5));
  }

  @Test
  void contentionChangesNothingUnderEveryOtherPolicy() {
    for (Policy policy :
        new Policy[] {Policy.PER_PROCESSOR, Policy.PER_NODE, Policy.PER_CLUSTER, Policy.SINGLE}) {
      SlotPolicy slots = new SlotPolicy(policy, 2);
      assertTrue(slots.contentionChangesNothing(1), policy.toString());
      assertFalse(slots.mayGiveOwnRep(1), policy.toString());
    }
  }
}

package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

/** A null argument to a public entry point fails at once, saying what to pass instead. */
class NullArgumentTest {
  private static void refused(Executable call, String says) {
    NullPointerException e = assertThrows(NullPointerException.class, call);
    assertTrue(e.getMessage() != null && e.getMessage().contains(says), String.valueOf(e));
  }

  @Test
  void clusteredObjectsSaysWhichArgumentWasNullAndWhatToPass() {
    Counter counter = Counter_Factory.create();
    Coid coid = ClusteredObjects.coid(counter);
    String handle = "handle is null; pass the clustered object returned by its factory";
    refused(() -> ClusteredObjects.create(null), "contract is null; pass the @ClusteredObject");
    refused(() -> ClusteredObjects.destroy(null), handle);
    refused(() -> ClusteredObjects.coid(null), handle);
    refused(() -> ClusteredObjects.stats(null), handle);
    refused(() -> ClusteredObjects.resolve(null, Counter.class), "coid is null; pass a COID");
    refused(() -> ClusteredObjects.resolve(coid, null), "contract is null");
    ClusteredObjects.destroy(counter);
  }

  @Test
  void installSaysWhichArgumentWasNullAndWhatToPass() {
    refused(
        () -> Processors.install(null, UniformTopology.single()),
        "identity is null; pass a ProcessorIdentity");
    refused(
        () -> Processors.install(new DeclaredIdentity(2), null),
        "topology is null; pass a Topology");
  }
}

package org.k42j.examples.adder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.k42j.examples.OnProcessor;
import org.k42j.examples.PinnedIdentity;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.UniformTopology;

/**
 * What the single-threaded API cases cannot show: with a share on each of four processors' reps,
 * every derived value (the default methods), the gathered {@code toString}, {@code sumThenReset}
 * and the serial form see the total, not the calling processor's share.
 */
class AdderAcrossRepsTest {
  @Test
  void derivedValuesToStringAndTheSerialFormSeeEveryRep() throws Exception {
    PinnedIdentity identity = new PinnedIdentity(4);
    try (var machine = Processors.install(identity, UniformTopology.single())) {
      Adder adder = Adder_Factory.create();
      for (int processor = 0; processor < 4; processor++) {
        long share = processor + 1;
        OnProcessor.run(identity, processor, () -> adder.add(share));
      }
      assertEquals(4, ClusteredObjects.stats(adder).reps());
      identity.pin(2);

      assertEquals(10, adder.sum());
      assertEquals(10, adder.longValue());
      assertEquals(10, adder.intValue());
      assertEquals(10.0f, adder.floatValue());
      assertEquals(10.0, adder.doubleValue());
      assertEquals("10", adder.toString());
      adder.increment();
      adder.decrement();
      adder.decrement();
      assertEquals(9, adder.sum());

      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(adder);
      }
      Adder copy;
      try (ObjectInputStream in =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        copy = (Adder) in.readObject();
      }
      assertEquals(9, copy.sum());
      assertEquals(1, ClusteredObjects.stats(copy).reps());

      assertEquals(9, adder.sumThenReset());
      assertEquals(0, adder.sum());
      assertEquals(9, copy.sum());
    }
  }
}

package org.k42j.it.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.ThreadSlotIdentity;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.Workers;

/**
 * A Serializable contract's serial form: every rep's exported state, read back as a new clustered
 * object (its own identity and reps) whose first rep holds it all; exact under contention.
 */
class SerialFormTest {
  @SuppressWarnings("unchecked")
  private static <T> T copy(T object) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void everyRepsStateArrivesInOneRepOfANewObjectThatSharesNothing() throws Exception {
    try (var machine = Processors.install(new ThreadSlotIdentity(8), UniformTopology.single())) {
      Visits visits = Visits_Factory.create();
      Workers.run(
          8,
          t -> {
            for (int i = 0; i < 100_000; i++) {
              visits.visit();
            }
          });
      assertTrue(visits.reps() > 1, "eight threads on eight slots made " + visits.reps() + " rep");

      Visits copy = copy(visits);

      assertNotSame(visits, copy);
      assertNotEquals(ClusteredObjects.coid(visits), ClusteredObjects.coid(copy));
      assertEquals(800_000L, copy.total());
      assertEquals(1, copy.reps(), "the reading thread's rep imports every state");
      copy.visit();
      visits.clear();
      assertEquals(800_001L, copy.total());
      assertEquals(0L, visits.total());
      ClusteredObjects.destroy(visits);
      ClusteredObjects.destroy(copy);
    }
  }

  @Test
  void anEmptyObjectCopiesAsAnEmptyOne() throws Exception {
    Visits visits = Visits_Factory.create();
    Visits copy = copy(visits);
    assertEquals(0L, copy.total());
    visits.visit();
    assertEquals(0L, copy.total());
  }

  /** Written while eight threads call: the copy holds a count between the ones before and after. */
  @Test
  void aCopyTakenUnderLoadHoldsAConsistentCountAndTheOriginalLosesNothing() throws Exception {
    try (var machine = Processors.install(new ThreadSlotIdentity(8), UniformTopology.single())) {
      Visits visits = Visits_Factory.create();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong done = new AtomicLong();
      Thread copier =
          new Thread(
              () -> {
                try {
                  while (!stop.get()) {
                    long before = done.get();
                    long copied = copy(visits).total();
                    if (copied < before) {
                      throw new AssertionError(copied + " copied after " + before + " visits");
                    }
                  }
                } catch (IOException | ClassNotFoundException e) {
                  throw new AssertionError(e);
                }
              });
      copier.start();
      Workers.run(
          8,
          t -> {
            for (int i = 0; i < 50_000; i++) {
              visits.visit();
              done.incrementAndGet();
            }
          });
      stop.set(true);
      copier.join(60_000);
      assertEquals(400_000L, visits.total());
      assertEquals(400_000L, copy(visits).total());
    }
  }

  @Test
  void aPackagePrivateContractWithThreadSafeRepsCopiesItsState() throws Exception {
    try (var machine = Processors.install(new ThreadSlotIdentity(4), UniformTopology.single())) {
      Marks marks = Marks_Factory.create();
      Workers.run(4, t -> marks.mark("t" + t));
      Marks copy = copy(marks);
      assertEquals(
          marks.marks().stream().sorted().toList(), copy.marks().stream().sorted().toList());
      assertEquals(List.of("t0", "t1", "t2", "t3"), copy.marks().stream().sorted().toList());
    }
  }

  @Test
  void aDestroyedObjectCannotBeWritten() {
    Visits visits = Visits_Factory.create();
    visits.visit();
    ClusteredObjects.destroy(visits);
    assertThrows(ClusteredObjectDestroyedException.class, () -> copy(visits));
  }
}

package org.k42j.kernel.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.testing.Parallel;
import org.k42j.kernel.testing.PinnedIdentity;
import org.k42j.runtime.Processors;
import org.k42j.runtime.internal.DispatcherBase;

/**
 * Eight threads on eight processors of four nodes register names while they look up the names the
 * others have registered. A thread announces each registration only after {@code register}
 * returned, so every announced name must be found, with its value, on every node: a lookup that
 * misses an announced name, or finds a wrong value, fails the test at once. Each thread makes over
 * a million lookups.
 */
class NameServiceContentionTest {
  private static final int THREADS = 8;
  private static final int NAMES_PER_THREAD = 500;
  private static final int LOOKUPS = 1_000_000; // per thread

  private static String name(int thread, int index) {
    return "server-" + thread + "-" + index;
  }

  @Test
  void everyAnnouncedRegistrationIsFoundOnEveryNode() throws Exception {
    Machine machine = Machine.uniform(4, 2);
    try (var installed = Processors.install(new PinnedIdentity(THREADS, true), machine)) {
      NameService names = NameService_Factory.create();
      AtomicIntegerArray announced = new AtomicIntegerArray(THREADS); // registrations returned
      long[] found = new long[THREADS];
      Parallel.run(
          THREADS,
          thread -> {
            PinnedIdentity.pin(thread);
            found[thread] = work(names, announced, thread);
          });
      for (int thread = 0; thread < THREADS; thread++) {
        assertEquals(LOOKUPS, found[thread], "lookups that found their name on " + thread);
      }
      for (int processor = 0; processor < THREADS; processor++) {
        PinnedIdentity.pin(processor);
        assertEquals(THREADS * NAMES_PER_THREAD, names.names().size());
        assertEquals(THREADS * NAMES_PER_THREAD, names.version());
        for (int thread = 0; thread < THREADS; thread++) {
          for (int index = 0; index < NAMES_PER_THREAD; index++) {
            assertEquals(
                thread * NAMES_PER_THREAD + index,
                names.lookup(name(thread, index), Integer.class));
          }
        }
      }
      PinnedIdentity.pin(0);
      assertEquals(4, DispatcherBase.rootOf(names).reps().size());
    }
  }

  /** Registers this thread's names among lookups of announced ones; returns the lookups made. */
  private static long work(NameService names, AtomicIntegerArray announced, int thread) {
    long lookups = 0;
    int registered = 0;
    int other = (thread + 1) % THREADS;
    for (int i = 0; lookups < LOOKUPS; i++) {
      if (registered < NAMES_PER_THREAD && i % 64 == 0) {
        names.register(name(thread, registered), thread * NAMES_PER_THREAD + registered);
        announced.set(thread, ++registered);
        continue;
      }
      other = (other + 1) % THREADS;
      int visible = announced.get(other); // registrations that returned before this read
      if (visible == 0) {
        continue;
      }
      int index = i % visible;
      Integer value = names.lookup(name(other, index), Integer.class);
      if (value == null || value != other * NAMES_PER_THREAD + index) {
        throw new AssertionError(
            name(other, index) + " was announced but looked up as " + value + " on " + thread);
      }
      lookups++;
    }
    return lookups;
  }
}

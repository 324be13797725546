package org.k42j.examples.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.k42j.examples.ParallelRun;

/**
 * Eight threads, a million operations each, on each form of the allocator under the default
 * processor identity: each thread keeps up to 100 ids, allocating and releasing in a seeded
 * pattern, and releases some ids another thread allocated (they pass through a shared exchange). A
 * shared table of flags catches any id handed out while allocated; at the end every id is released
 * and the count is exactly zero.
 */
class IdAllocatorContentionTest {
  private static final int THREADS = 8;
  private static final int OPERATIONS = 1_000_000;
  private static final int HELD = 100;
  private static final int MAX_IDS = 1 << 20;

  private static void neverTwiceUnderContention(Supplier<IdAllocator> form) throws Exception {
    IdAllocator allocator = form.get();
    AtomicIntegerArray allocatedFlags = new AtomicIntegerArray(MAX_IDS);
    AtomicLong violations = new AtomicLong();
    java.util.concurrent.ConcurrentLinkedQueue<Long> exchange =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    ParallelRun.timed(
        THREADS,
        thread -> {
          long[] held = new long[HELD];
          int count = 0;
          long state = thread * 0x9E3779B97F4A7C15L + 1;
          for (int op = 0; op < OPERATIONS; op++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            boolean allocate = count == 0 || (count < HELD && (state & 1) == 0);
            if (allocate) {
              long id = allocator.allocate();
              if (id < 0 || id >= MAX_IDS || !allocatedFlags.compareAndSet((int) id, 0, 1)) {
                violations.incrementAndGet();
                continue;
              }
              held[count++] = id;
            } else {
              long id = held[--count];
              if ((state & 6) == 0) {
                exchange.add(id); // someone (maybe another thread) releases it later
                Long other = exchange.poll();
                if (other == null) {
                  continue; // another thread took it; it stays in the exchange's care
                }
                id = other;
              }
              if (!allocatedFlags.compareAndSet((int) id, 1, 0)) {
                violations.incrementAndGet();
              }
              allocator.release(id);
            }
          }
          for (int i = 0; i < count; i++) {
            allocatedFlags.set((int) held[i], 0);
            allocator.release(held[i]);
          }
        });
    for (Long id : exchange) {
      allocatedFlags.set(id.intValue(), 0);
      allocator.release(id);
    }
    assertEquals(0, violations.get());
    assertEquals(0, allocator.allocated());
  }

  @Test
  void theRunTimeClusteredAllocatorNeverHandsOutAnIdTwice() throws Exception {
    neverTwiceUnderContention(RuntimeClusteredIdAllocator::create);
  }

  @Test
  void theAnnotationClusteredAllocatorNeverHandsOutAnIdTwice() throws Exception {
    neverTwiceUnderContention(ClusteredIdAllocator_Factory::create);
  }

  @Test
  void theLockedAllocatorNeverHandsOutAnIdTwice() throws Exception {
    neverTwiceUnderContention(LockedIdAllocator::new);
  }
}

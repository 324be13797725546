package org.k42j.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.testing.Parallel;
import org.k42j.kernel.testing.PinnedIdentity;
import org.k42j.runtime.Processors;

/**
 * Eight threads allocate and free at once from every processor, handing a quarter of their blocks
 * to the next thread, which frees them remotely. A shared table marks each slot held or not with
 * compare-and-swap, so a slot handed out twice, or freed while not held, fails at once; at the end
 * every slot must be free exactly once and the counters must match what the threads did.
 */
class ConcurrentAllocationTest {
  private static final int THREADS = 8;
  private static final int OPERATIONS = 1_000_000; // per thread
  private static final int HELD = 64;

  /** One thread per processor: the reps run without guards. */
  @Test
  void noBlockIsLostOrDuplicatedWithOneThreadPerProcessor() throws Exception {
    run(Machine.uniform(4, 2), true);
  }

  /** Two threads per processor: the runtime guards each processor's rep. */
  @Test
  void noBlockIsLostOrDuplicatedWithThreadsSharingProcessors() throws Exception {
    run(Machine.uniform(2, 2), false);
  }

  private static void run(Machine machine, boolean oneThreadPerProcessor) throws Exception {
    int processors = machine.processorCount();
    try (var installed =
        Processors.install(new PinnedIdentity(processors, oneThreadPerProcessor), machine)) {
      SlotAllocator slots = new SlotAllocator(machine, 4096, 16);
      AtomicIntegerArray held = new AtomicIntegerArray(slots.slotCount());
      List<ArrayBlockingQueue<Integer>> inboxes = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        inboxes.add(new ArrayBlockingQueue<>(256));
      }
      Worker[] workers = new Worker[THREADS];
      for (int thread = 0; thread < THREADS; thread++) {
        workers[thread] =
            new Worker(
                thread,
                thread % processors,
                slots,
                held,
                inboxes.get(thread),
                inboxes.get((thread + 1) % THREADS));
      }
      Parallel.run(THREADS, thread -> workers[thread].run());
      // Quiet: free what the threads still hold and what waits in their inboxes, each on the
      // processor of the thread that holds it.
      try {
        for (Worker worker : workers) {
          worker.finish();
        }
      } finally {
        PinnedIdentity.pin(0);
      }
      AllocationStats stats = slots.stats();
      long[] allocations = new long[processors];
      long[] localFrees = new long[processors];
      long[] remoteFrees = new long[processors];
      for (Worker worker : workers) {
        allocations[worker.processor] += worker.allocations;
        localFrees[worker.processor] += worker.localFrees;
        remoteFrees[worker.processor] += worker.remoteFrees;
      }
      long totalAllocations = 0;
      long totalRemoteFrees = 0;
      for (int processor = 0; processor < processors; processor++) {
        ProcessorCounts counts = stats.processor(processor);
        assertEquals(allocations[processor], counts.allocations(), "allocations on " + processor);
        assertEquals(localFrees[processor], counts.localFrees(), "local frees on " + processor);
        assertEquals(remoteFrees[processor], counts.remoteFrees(), "remote frees on " + processor);
        totalAllocations += allocations[processor];
        totalRemoteFrees += remoteFrees[processor];
      }
      assertEquals(totalAllocations, stats.total().frees());
      assertEquals(
          totalRemoteFrees,
          stats.total().returnedHome() + slots.remoteFreeBacklog(),
          "remote frees either came home or wait on a remote-free list");
      int[] free = slots.freeSlots();
      Set<Integer> distinct = new HashSet<>();
      for (int slot : free) {
        distinct.add(slot);
      }
      assertEquals(slots.slotCount(), free.length, "free slots, counted with repeats");
      assertEquals(slots.slotCount(), distinct.size(), "distinct free slots");
    }
  }

  /** One thread's work, pinned to one processor; counts what it did. */
  private static final class Worker {
    final int thread;
    final int processor;
    final SlotAllocator slots;
    final AtomicIntegerArray held;
    final ArrayBlockingQueue<Integer> inbox;
    final ArrayBlockingQueue<Integer> next;
    final int[] mine = new int[HELD];
    int count;
    long allocations;
    long localFrees;
    long remoteFrees;

    Worker(
        int thread,
        int processor,
        SlotAllocator slots,
        AtomicIntegerArray held,
        ArrayBlockingQueue<Integer> inbox,
        ArrayBlockingQueue<Integer> next) {
      this.thread = thread;
      this.processor = processor;
      this.slots = slots;
      this.held = held;
      this.inbox = inbox;
      this.next = next;
    }

    void run() {
      PinnedIdentity.pin(processor);
      SplittableRandom random = new SplittableRandom(thread);
      for (int operation = 0; operation < OPERATIONS; operation++) {
        if ((operation & 15) == 0) {
          freeInbox();
        }
        if (count == 0 || (count < HELD && random.nextBoolean())) {
          int slot = slots.allocate();
          if (!held.compareAndSet(slot, 0, 1)) {
            throw new AssertionError("slot " + slot + " handed out while held");
          }
          if (slots.homeOf(slot) != processor) {
            throw new AssertionError("slot " + slot + " is not homed on " + processor);
          }
          allocations++;
          mine[count++] = slot;
        } else {
          int index = random.nextInt(count);
          int slot = mine[index];
          mine[index] = mine[--count];
          if ((operation & 3) == 0 && next.offer(slot)) {
            continue; // the next thread frees it
          }
          release(slot); // allocated here, so freed at home
          localFrees++;
        }
      }
    }

    void finish() {
      PinnedIdentity.pin(processor);
      freeInbox();
      while (count > 0) {
        release(mine[--count]);
        localFrees++;
      }
    }

    private void freeInbox() {
      for (Integer slot = inbox.poll(); slot != null; slot = inbox.poll()) {
        boolean foreign = slots.homeOf(slot) != processor;
        release(slot);
        if (foreign) {
          remoteFrees++;
        } else {
          localFrees++;
        }
      }
    }

    private void release(int slot) {
      if (!held.compareAndSet(slot, 1, 0)) {
        throw new AssertionError("slot " + slot + " freed while not held");
      }
      slots.free(slot);
    }
  }
}

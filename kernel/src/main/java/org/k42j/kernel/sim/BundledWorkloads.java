package org.k42j.kernel.sim;

import java.util.SplittableRandom;
import org.k42j.kernel.memory.ProcessorCounts;
import org.k42j.kernel.memory.SlotAllocator;
import org.k42j.simmarks.ModeledLine;
import org.k42j.simmarks.ModeledLock;

/**
 * The workloads bundled with the simulator, the shapes the clustered-object papers compare. Each
 * counts its operations and checks the count exactly at the end.
 */
final class BundledWorkloads {
  private BundledWorkloads() {}

  static void expect(String what, long counted, long operations) {
    if (counted != operations) {
      throw new IllegalStateException(
          what + " counted " + counted + " of " + operations + " operations");
    }
  }

  /** One shared counter updated with an atomic instruction: the line moves on every update. */
  public static final class SharedAtomicCounter implements Workload {
    @Override
    public String name() {
      return "shared-atomic-counter";
    }

    @Override
    public String description() {
      return "one counter line, an atomic increment per operation (AtomicLong)";
    }

    @Override
    public Instance start(SimContext context) {
      ModeledLine line = new ModeledLine();
      long[] count = new long[1];
      line.write();
      return new Instance() {
        @Override
        public void operation(int processor, SplittableRandom random) {
          line.atomic();
          count[0]++;
        }

        @Override
        public void finish(long operations) {
          expect("the shared atomic counter", count[0], operations);
        }
      };
    }
  }

  /** One shared counter behind one lock: the lock and the counter's line move on every update. */
  public static final class SharedLockedCounter implements Workload {
    @Override
    public String name() {
      return "shared-locked-counter";
    }

    @Override
    public String description() {
      return "one counter behind one lock: acquire, write the counter's line, release";
    }

    @Override
    public Instance start(SimContext context) {
      ModeledLock lock = new ModeledLock();
      ModeledLine line = new ModeledLine();
      long[] count = new long[1];
      return new Instance() {
        @Override
        public void operation(int processor, SplittableRandom random) {
          lock.acquire();
          line.write();
          count[0]++;
          lock.release();
        }

        @Override
        public void finish(long operations) {
          expect("the shared locked counter", count[0], operations);
        }
      };
    }
  }

  /** A real clustered counter, one exclusive rep per processor: a local increment. */
  public static final class ClusteredCounter implements Workload {
    @Override
    public String name() {
      return "clustered-counter";
    }

    @Override
    public String description() {
      return "a clustered counter (one rep per processor): a local increment per operation";
    }

    @Override
    public Instance start(SimContext context) {
      SimCounter counter = SimCounter_Factory.create();
      return new Instance() {
        @Override
        public void operation(int processor, SplittableRandom random) {
          counter.increment();
        }

        @Override
        public void finish(long operations) {
          expect("the clustered counter", counter.value(), operations);
        }
      };
    }
  }

  /**
   * The clustered counter read as well as written: one operation in {@value #GATHER_EVERY} is a
   * gather over every rep.
   */
  public static final class ClusteredCounterGather implements Workload {
    static final int GATHER_EVERY = 64;

    @Override
    public String name() {
      return "clustered-counter-gather";
    }

    @Override
    public String description() {
      return "the clustered counter, one operation in "
          + GATHER_EVERY
          + " (at random) a gather that sums every rep";
    }

    @Override
    public Instance start(SimContext context) {
      SimCounter counter = SimCounter_Factory.create();
      long[] gathers = new long[1];
      return new Instance() {
        @Override
        public void operation(int processor, SplittableRandom random) {
          if (random.nextInt(GATHER_EVERY) == 0) {
            counter.value();
            gathers[0]++;
          } else {
            counter.increment();
          }
        }

        @Override
        public void finish(long operations) {
          expect("the clustered counter with gathers", counter.value() + gathers[0], operations);
        }
      };
    }
  }

  /**
   * A clustered counter with one shared exclusive rep (policy SINGLE): the runtime's guard is the
   * lock, reported to the model by the runtime itself.
   */
  public static final class SingleRepCounter implements Workload {
    @Override
    public String name() {
      return "single-rep-counter";
    }

    @Override
    public String description() {
      return "a clustered counter with one shared rep: every increment enters the rep's guard";
    }

    @Override
    public Instance start(SimContext context) {
      SharedRepCounter counter = SharedRepCounter_Factory.create();
      return new Instance() {
        @Override
        public void operation(int processor, SplittableRandom random) {
          counter.increment();
        }

        @Override
        public void finish(long operations) {
          expect("the single-rep counter", counter.value(), operations);
        }
      };
    }
  }

  /**
   * The kernel's slot allocator ({@link SlotAllocator}) under a request mix: each operation
   * allocates a slot and hands it to a processor (itself, or one in {@value #REMOTE_ONE_IN} at
   * random another), and frees one of the slots handed to it. A free on a processor that did not
   * allocate the slot is a remote free, sent home through the home's lock-free list; the node
   * pools' monitors and the remote-free lists are marked for the model in the allocator itself.
   */
  public static final class KernelSlotAllocator implements Workload {
    static final int REMOTE_ONE_IN = 4;
    static final int HELD = 16;

    @Override
    public String name() {
      return "kernel-slot-allocator";
    }

    @Override
    public String description() {
      return "the kernel's slot allocator: allocate, hand over (1 in "
          + REMOTE_ONE_IN
          + " to another processor), free; remote frees go home";
    }

    @Override
    public Instance start(SimContext context) {
      SlotAllocator allocator = new SlotAllocator(context.machine(), 1 << 14);
      int[] active = context.activeProcessors();
      int processors = context.machine().processorCount();
      int[][] handed = new int[processors][4 * HELD + 4 * REMOTE_ONE_IN];
      int[] counts = new int[processors];
      long[] totals = new long[2]; // allocations, frees
      return new Instance() {
        @Override
        public void operation(int processor, SplittableRandom random) {
          int target =
              random.nextInt(REMOTE_ONE_IN) == 0
                  ? active[random.nextInt(active.length)]
                  : processor;
          if (counts[target] < handed[target].length) {
            handed[target][counts[target]++] = allocator.allocate();
            totals[0]++;
          }
          int mine = counts[processor];
          if (mine > HELD || (mine > 0 && random.nextBoolean())) {
            allocator.free(handed[processor][--counts[processor]]);
            totals[1]++;
          }
        }

        @Override
        public void finish(long operations) {
          ProcessorCounts total = allocator.stats().total();
          expect("the allocator's allocations", total.allocations(), totals[0]);
          expect("the allocator's frees", total.frees(), totals[1]);
          long held = 0;
          for (int count : counts) {
            held += count;
          }
          expect("slots held", totals[0] - totals[1], held);
        }
      };
    }
  }
}

package org.k42j.examples.sim;

import java.util.SplittableRandom;
import org.k42j.examples.counter.PartitionedCounter;
import org.k42j.examples.counter.SharedCounter;
import org.k42j.examples.ids.ClusteredIdAllocator;
import org.k42j.examples.ids.IdAllocator;
import org.k42j.examples.ids.LockedIdAllocator;
import org.k42j.kernel.sim.SimContext;
import org.k42j.kernel.sim.Workload;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.simmarks.ModeledLine;

/**
 * The examples' services as simulation workloads: each shared form against its clustered form. The
 * clustered forms are the real clustered objects; the shared forms' state is marked for the model
 * where the service keeps it ({@link LockedIdAllocator}, {@code IdPool}) or, for the counter
 * example (which is also compiled with plain javac against the runtime alone), by the workload next
 * to the call.
 */
public final class ExampleWorkloads {
  private ExampleWorkloads() {}

  static void expect(String what, long counted, long expected) {
    if (counted != expected) {
      throw new IllegalStateException(what + " reports " + counted + ", expected " + expected);
    }
  }

  /** {@link SharedCounter}: one {@code AtomicLong} that every increment updates. */
  public static final class SharedCounterWorkload implements Workload {
    @Override
    public String name() {
      return "example-shared-counter";
    }

    @Override
    public String description() {
      return "counter example, SharedCounter: one AtomicLong, an atomic increment per operation";
    }

    @Override
    public Instance start(SimContext context) {
      SharedCounter counter = new SharedCounter();
      ModeledLine count = new ModeledLine(); // the AtomicLong's line
      return new Instance() {
        @Override
        public void operation(int processor, SplittableRandom random) {
          count.atomic();
          counter.increment();
        }

        @Override
        public void finish(long operations) {
          expect("the shared counter", counter.value(), operations);
        }
      };
    }
  }

  /**
   * {@link PartitionedCounter}: one rep per processor, an increment on the local rep; one operation
   * in {@value #READ_EVERY} reads the total (a gather over every rep).
   */
  public static final class PartitionedCounterWorkload implements Workload {
    static final int READ_EVERY = 1024;

    @Override
    public String name() {
      return "example-partitioned-counter";
    }

    @Override
    public String description() {
      return "counter example, PartitionedCounter: a local increment, one operation in "
          + READ_EVERY
          + " a gather of the total";
    }

    @Override
    public Instance start(SimContext context) {
      PartitionedCounter counter = ClusteredObjects.create(PartitionedCounter.class);
      long[] reads = new long[1];
      return new Instance() {
        @Override
        public void operation(int processor, SplittableRandom random) {
          if (random.nextInt(READ_EVERY) == 0) {
            counter.value();
            reads[0]++;
          } else {
            counter.increment();
          }
        }

        @Override
        public void finish(long operations) {
          expect("the partitioned counter", counter.value() + reads[0], operations);
        }
      };
    }
  }

  /**
   * An id allocator under a request mix: each processor holds up to 32 ids, allocating when it
   * holds none, releasing when it holds 32, and otherwise either at random.
   */
  abstract static class IdWorkload implements Workload {
    static final int HELD = 32;

    abstract IdAllocator allocator();

    @Override
    public Instance start(SimContext context) {
      IdAllocator allocator = allocator();
      int processors = context.machine().processorCount();
      long[][] held = new long[processors][HELD];
      int[] counts = new int[processors];
      return new Instance() {
        @Override
        public void operation(int processor, SplittableRandom random) {
          int count = counts[processor];
          boolean allocate = count == 0 || (count < HELD && random.nextBoolean());
          if (allocate) {
            held[processor][count] = allocator.allocate();
            counts[processor] = count + 1;
          } else {
            allocator.release(held[processor][count - 1]);
            counts[processor] = count - 1;
          }
        }

        @Override
        public void finish(long operations) {
          long total = 0;
          for (int count : counts) {
            total += count;
          }
          expect(name() + "'s allocated()", allocator.allocated(), total);
        }
      };
    }
  }

  /** {@link LockedIdAllocator}: one free list behind one monitor. */
  public static final class LockedIdsWorkload extends IdWorkload {
    @Override
    public String name() {
      return "example-locked-ids";
    }

    @Override
    public String description() {
      return "id allocator example, LockedIdAllocator: one free list behind one monitor";
    }

    @Override
    IdAllocator allocator() {
      return new LockedIdAllocator();
    }
  }

  /** {@link ClusteredIdAllocator}: a free list per processor over a shared pool of batches. */
  public static final class ClusteredIdsWorkload extends IdWorkload {
    @Override
    public String name() {
      return "example-clustered-ids";
    }

    @Override
    public String description() {
      return "id allocator example, ClusteredIdAllocator: per-processor free lists, batches from a"
          + " shared pool";
    }

    @Override
    IdAllocator allocator() {
      return ClusteredObjects.create(ClusteredIdAllocator.class);
    }
  }
}

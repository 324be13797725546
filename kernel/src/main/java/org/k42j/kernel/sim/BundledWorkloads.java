package org.k42j.kernel.sim;

import java.util.SplittableRandom;

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
      return "the clustered counter, one operation in " + GATHER_EVERY
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
}

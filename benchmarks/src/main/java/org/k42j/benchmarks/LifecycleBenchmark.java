package org.k42j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.k42j.examples.counter.ThreadSafePartitionedCounter;
import org.k42j.examples.counter.ThreadSafePartitionedCounter_Factory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a clustered object costs off the hit path: creating one, and the miss (a processor's first
 * call, which creates that processor's rep and installs it in the row).
 *
 * <p>A miss happens once per object and processor, so it cannot be repeated on one object: {@code
 * firstCall} is a single shot per iteration in which each thread calls each of {@value #BATCH}
 * fresh objects of its own once, and reports the time per call; {@code secondCall} does the same on
 * objects the thread has already called once, so it is a hit on objects just as cold in the cache,
 * and the ratio of the two is the miss's own cost. The objects are thread-safe per-processor
 * counters (the examples' {@link ThreadSafePartitionedCounter}), so a miss creates a rep and no
 * guard.
 */
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LifecycleBenchmark {
  /** Objects per single shot and thread. */
  static final int BATCH = 20_000;

  /** Per thread, per iteration: {@value #BATCH} counters this thread has never called. */
  @State(Scope.Thread)
  public static class Fresh {
    ThreadSafePartitionedCounter[] objects;

    @Setup(Level.Iteration)
    public void create() {
      objects = new ThreadSafePartitionedCounter[BATCH];
      for (int i = 0; i < BATCH; i++) {
        objects[i] = ThreadSafePartitionedCounter_Factory.create();
      }
    }
  }

  /** Per thread, per iteration: {@value #BATCH} counters this thread has called once. */
  @State(Scope.Thread)
  public static class Called {
    ThreadSafePartitionedCounter[] objects;

    @Setup(Level.Iteration)
    public void createAndCall() {
      objects = new ThreadSafePartitionedCounter[BATCH];
      for (int i = 0; i < BATCH; i++) {
        objects[i] = ThreadSafePartitionedCounter_Factory.create();
      }
      // Each object's miss here, after all are created, so that the measured second calls find
      // the objects about as far from the cache as firstCall finds its own.
      for (ThreadSafePartitionedCounter object : objects) {
        object.increment();
      }
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OperationsPerInvocation(BATCH)
  public void firstCall(Fresh fresh) {
    for (ThreadSafePartitionedCounter object : fresh.objects) {
      object.increment();
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OperationsPerInvocation(BATCH)
  public void secondCall(Called called) {
    for (ThreadSafePartitionedCounter object : called.objects) {
      object.increment();
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public Object createClustered() {
    return ThreadSafePartitionedCounter_Factory.create();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public Object createLongAdder() {
    return new LongAdderCounter();
  }
}

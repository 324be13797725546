package org.k42j.examples.counter;

import java.util.Locale;
import org.k42j.examples.ParallelRun;
import org.k42j.runtime.ClusteredObjects;

/**
 * The smallest complete use of a clustered object: create both partitioned counters (one through
 * its generated factory, one through the service entry), increment them from several threads, read
 * the gathered totals, reset, destroy. Its output is the same on every machine, which the
 * plain-{@code javac} check of the build relies on.
 *
 * <pre>
 * java -cp ... org.k42j.examples.counter.CounterExample [threads [incrementsPerThread]]
 * </pre>
 */
public final class CounterExample {
  private CounterExample() {}

  /** Arguments: {@code [threads [incrementsPerThread]]}, default 4 and 250,000. */
  public static void main(String[] args) throws InterruptedException {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
    int increments = args.length > 1 ? Integer.parseInt(args[1]) : 250_000;

    count("exclusive rep", PartitionedCounter_Factory.create(), threads, increments);
    count(
        "thread-safe rep",
        ClusteredObjects.create(ThreadSafePartitionedCounter.class),
        threads,
        increments);
  }

  private static void count(String variant, Counter counter, int threads, int increments)
      throws InterruptedException {
    ParallelRun.timed(
        threads,
        thread -> {
          for (int i = 0; i < increments; i++) {
            counter.increment();
          }
        });
    long value = counter.value();
    long expected = (long) threads * increments;
    if (value != expected) {
      throw new IllegalStateException(variant + ": counted " + value + ", expected " + expected);
    }
    counter.reset();
    System.out.printf(
        Locale.ROOT,
        "partitioned counter, %s: %d threads x %d increments = %d; after reset %d%n",
        variant,
        threads,
        increments,
        value,
        counter.value());
    ClusteredObjects.destroy(counter);
  }
}

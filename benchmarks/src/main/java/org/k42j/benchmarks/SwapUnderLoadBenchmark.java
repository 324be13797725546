package org.k42j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.k42j.annotations.Policy;
import org.k42j.examples.adder.Adder;
import org.k42j.examples.adder.Adder_Factory;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.ClusteredObjects;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long a hot swap and a destroy take while {@code callers} platform threads (8 by default, on
 * however many cores the host has: 2 here) call the object without pause, outside requests: one
 * swap or destroy per single shot, so JMH's percentiles are the operation's (target: p50 &lt;= 20
 * ms, p99 &lt;= 100 ms). The object is the examples' {@link Adder} (exclusive per-processor reps
 * behind their guards, with a state transfer). Nothing may be lost: at the end of the trial every
 * caller's count of returned calls must equal the swapped object's sum, or the trial fails.
 *
 * <p>The Swap and Destroy Flight Recorder events of the measured operations are read back, and the
 * tear-down prints their phases (drain time, stack samples, held calls) as percentiles.
 *
 * <p>Real numbers on a quiet host: {@code java -jar benchmarks/target/benchmarks.jar
 * SwapUnderLoadBenchmark -f 3}; a smoke run: {@code -f 1 -wi 2 -i 5}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 100)
@Fork(1)
public class SwapUnderLoadBenchmark {
  /** Callers that keep calling, and the Flight Recorder stream of the operations' events. */
  @State(Scope.Benchmark)
  public static class Load {
    @Param("8")
    public int callers;

    volatile Adder target;
    private volatile boolean stop;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong returned = new AtomicLong();
    private Recording recording;
    private int swaps;

    @Setup(Level.Trial)
    public void start() {
      recording = new Recording();
      recording.enable("org.k42j.Swap");
      recording.enable("org.k42j.Destroy");
      recording.start();
      target = Adder_Factory.create();
      for (int t = 0; t < callers; t++) {
        Thread thread = new Thread(this::call, "caller-" + t);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
      }
    }

    private void call() {
      long mine = 0;
      while (!stop) {
        Adder adder = target;
        try {
          adder.increment();
          mine++;
        } catch (ClusteredObjectDestroyedException destroyed) {
          Thread.onSpinWait(); // the destroy benchmark's object: call it until the next one
        }
      }
      returned.addAndGet(mine);
    }

    @TearDown(Level.Trial)
    public void stopAndCheck() throws InterruptedException, IOException {
      stop = true;
      for (Thread thread : threads) {
        thread.join(TimeUnit.SECONDS.toMillis(60));
      }
      recording.stop();
      Path file = Files.createTempFile("swap-under-load", ".jfr");
      try {
        recording.dump(file);
        report(RecordingFile.readAllEvents(file));
      } finally {
        recording.close();
        Files.deleteIfExists(file);
      }
      if (swaps > 0 && returned.get() != target.sum()) {
        throw new IllegalStateException(
            "increments lost across swaps: " + returned.get() + " returned, sum " + target.sum());
      }
    }

    private static void report(List<RecordedEvent> events) {
      for (String name : new String[] {"org.k42j.Swap", "org.k42j.Destroy"}) {
        List<RecordedEvent> mine = new ArrayList<>();
        for (RecordedEvent event : events) {
          if (event.getEventType().getName().equals(name)) {
            mine.add(event);
          }
        }
        if (mine.isEmpty()) {
          continue;
        }
        long[] total = new long[mine.size()];
        long[] samples = new long[mine.size()];
        for (int i = 0; i < mine.size(); i++) {
          total[i] = mine.get(i).getDuration().toNanos();
          samples[i] = mine.get(i).getInt("stackSamples");
        }
        boolean swap = name.equals("org.k42j.Swap");
        System.out.printf(
            "%n%s events: %d; total ms p50 %.2f p99 %.2f; %s; %s; %s;%s stack samples p50 %d"
                + " p99 %d%s%n",
            name,
            mine.size(),
            percentile(total, 50) / 1e6,
            percentile(total, 99) / 1e6,
            millis(mine, "drainNanos", "drain"),
            millis(mine, "gracePeriodNanos", "grace period"),
            millis(mine, "scanNanos", "scan"),
            swap ? " " + millis(mine, "mediatedDrainNanos", "mediated drain") + ";" : "",
            percentile(samples, 50),
            percentile(samples, 99),
            swap ? heldCalls(mine) : "");
      }
    }

    /** A phase's time field as "label ms p50 x p99 y". */
    private static String millis(List<RecordedEvent> events, String field, String label) {
      long[] nanos = new long[events.size()];
      for (int i = 0; i < nanos.length; i++) {
        nanos[i] = events.get(i).getLong(field);
      }
      return String.format(
          "%s ms p50 %.2f p99 %.2f",
          label, percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6);
    }

    private static String heldCalls(List<RecordedEvent> swaps) {
      long[] held = new long[swaps.size()];
      for (int i = 0; i < held.length; i++) {
        held[i] = swaps.get(i).getLong("heldCalls");
      }
      return "; held calls p50 " + percentile(held, 50) + " p99 " + percentile(held, 99);
    }

    private static long percentile(long[] values, int p) {
      long[] sorted = values.clone();
      Arrays.sort(sorted);
      return sorted[Math.min(sorted.length - 1, (sorted.length * p + 99) / 100 - 1)];
    }
  }

  /** One hot swap, alternating between a single rep and per-processor reps. */
  @Benchmark
  public void hotSwap(Load load) {
    ClusteredObjects.hotSwap(
        load.target, load.swaps++ % 2 == 0 ? Policy.SINGLE : Policy.PER_PROCESSOR);
  }

  /** A destroy of the object the callers were calling (they move to a fresh one). */
  @Benchmark
  public void destroy(Destroyed destroyed) {
    ClusteredObjects.destroy(destroyed.object);
  }

  /** Per invocation: a fresh object that the callers call without pause, to be destroyed. */
  @State(Scope.Benchmark)
  public static class Destroyed {
    Adder object;

    @Setup(Level.Invocation)
    public void callersMoveToAFreshObject(Load load) throws InterruptedException {
      object = Adder_Factory.create();
      load.target = object;
      Thread.sleep(2); // every caller is calling it (and inside it) when the destroy begins
    }
  }
}

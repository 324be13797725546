package org.k42j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.k42j.runtime.Processors;
import org.k42j.runtime.internal.DispatcherBase;
import org.k42j.runtime.internal.RootCore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the clustered hit path: the same method called three ways.
 *
 * <ul>
 *   <li>{@code *Direct}: on the very rep object the dispatcher would reach, through a field of the
 *       rep's own (final) class: what a caller who already held its processor's rep would pay.
 *   <li>{@code *Interface}: through a field of the contract type holding an ordinary, unclustered
 *       {@link ProbeRep}: the plain Java interface call a clustered object replaces.
 *   <li>{@code *Clustered}: through the generated {@code Probe_Dispatcher}: processor id, row
 *       entry, call.
 * </ul>
 *
 * <p>{@code trivial*} calls {@link Probe#mix}, which does almost nothing, so the dispatch is most
 * of what is left; {@code realistic*} calls {@link Probe#lookup}, a rep-local hash-table hit. Every
 * variant computes its argument the same way, from a per-thread counter.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmark {

  /** The clustered object every thread calls. */
  @State(Scope.Benchmark)
  public static class Shared {
    Probe clustered;

    @Setup
    public void create() {
      clustered = Probe_Factory.create();
    }
  }

  /** Per thread: its processor's rep, a plain object and the argument sequence. */
  @State(Scope.Thread)
  public static class PerThread {
    ProbeRep direct;
    Probe plain;
    long next;

    @Setup
    public void find(Shared shared) {
      // The thread's first call creates (or finds) its processor's rep; the root then hands out
      // that rep, which is what the dispatcher reaches on every later call from this thread.
      shared.clustered.mix(0);
      direct =
          (ProbeRep)
              RootCore.of(DispatcherBase.rootOf(shared.clustered)).entryAt(Processors.current());
      plain = new ProbeRep();
    }

    long argument() {
      return next++;
    }

    long key() {
      return ProbeRep.key((int) (next++ & (ProbeRep.ENTRIES - 1)));
    }
  }

  @Benchmark
  public long trivialDirect(PerThread thread) {
    return thread.direct.mix(thread.argument());
  }

  @Benchmark
  public long trivialInterface(PerThread thread) {
    return thread.plain.mix(thread.argument());
  }

  @Benchmark
  public long trivialClustered(Shared shared, PerThread thread) {
    return shared.clustered.mix(thread.argument());
  }

  @Benchmark
  public long realisticDirect(PerThread thread) {
    return thread.direct.lookup(thread.key());
  }

  @Benchmark
  public long realisticInterface(PerThread thread) {
    return thread.plain.lookup(thread.key());
  }

  @Benchmark
  public long realisticClustered(Shared shared, PerThread thread) {
    return shared.clustered.lookup(thread.key());
  }
}

package org.k42j.kernel.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Runs workloads on a simulated NUMA machine: deterministic, in virtual time, on one host thread
 * per run whatever the host has. Configure with the {@code with*} methods (each returns a copy),
 * then {@link #run} one processor count or {@link #sweep} several:
 *
 * <pre>{@code
 * Simulation simulation =
 *     Simulation.on(SimMachine.parse("4x16")).withSeed(42).withOperations(200_000);
 * SimResult result = simulation.withProcessors(32).run(Workloads.find("clustered-counter"));
 * }</pre>
 *
 * <p>A run: the workload is set up on the first active processor (unmeasured); then the engine
 * repeatedly picks the active processor with the smallest virtual clock (ties: the lower id), runs
 * one operation on it, charging every access the operation reports to that processor's clock, and
 * lets it think for a seeded exponential time (mean {@link #withThink think}) before its next
 * operation. Throughput is operations over the virtual time of the run; latencies are per
 * operation. Same machine, costs, processors, seed, operations and workload: the same trace and
 * results, on any host and however many simulations run at once.
 */
public final class Simulation {
  /** The most operations one run may perform. */
  public static final long MAX_OPERATIONS = 1L << 40;

  private final SimMachine machine;
  private final int processors;
  private final long seed;
  private final long operations;
  private final double thinkNanos;
  private final LongConsumer progress;

  private Simulation(
      SimMachine machine,
      int processors,
      long seed,
      long operations,
      double thinkNanos,
      LongConsumer progress) {
    this.machine = machine;
    this.processors = processors;
    this.seed = seed;
    this.operations = operations;
    this.thinkNanos = thinkNanos;
    this.progress = progress;
  }

  /**
   * A simulation of {@code machine} on all its processors, seed 42, 100,000 operations, think time
   * 20 ns.
   */
  public static Simulation on(SimMachine machine) {
    Objects.requireNonNull(machine, "machine is null; pass e.g. SimMachine.parse(\"4x16\")");
    return new Simulation(machine, machine.machine().processorCount(), 42, 100_000, 20, null);
  }

  /** This simulation on the first {@code count} processors (filled node by node). */
  public Simulation withProcessors(int count) {
    int available = machine.machine().processorCount();
    if (count < 1 || count > available) {
      throw new IllegalArgumentException(
          count + " processors requested; " + machine.machine() + " has 1 to " + available);
    }
    return new Simulation(machine, count, seed, operations, thinkNanos, progress);
  }

  /** This simulation with seed {@code seed}. */
  public Simulation withSeed(long seed) {
    return new Simulation(machine, processors, seed, operations, thinkNanos, progress);
  }

  /** This simulation performing {@code count} operations per run. */
  public Simulation withOperations(long count) {
    if (count < 1 || count > MAX_OPERATIONS) {
      throw new IllegalArgumentException(
          count + " operations requested; give 1 to " + MAX_OPERATIONS);
    }
    return new Simulation(machine, processors, seed, count, thinkNanos, progress);
  }

  /** This simulation with a mean think time of {@code nanoseconds} between operations (0: none). */
  public Simulation withThink(double nanoseconds) {
    if (!(nanoseconds >= 0) || Double.isInfinite(nanoseconds)) {
      throw new IllegalArgumentException(
          "think time " + nanoseconds + " ns; expected a finite number >= 0");
    }
    return new Simulation(machine, processors, seed, operations, nanoseconds, progress);
  }

  /**
   * This simulation telling {@code progress} how many operations of the current run are done, a
   * hundred times per run (from the simulation's thread).
   */
  public Simulation withProgress(LongConsumer progress) {
    return new Simulation(machine, processors, seed, operations, thinkNanos, progress);
  }

  /** The machine. */
  public SimMachine machine() {
    return machine;
  }

  /** Operations per run. */
  public long operations() {
    return operations;
  }

  /** Runs {@code workload} once on this simulation's processors. */
  public SimResult run(Workload workload) {
    Objects.requireNonNull(workload, "workload is null; pass one, e.g. Workloads.find(name)");
    Engine engine = new Engine(machine, processors, seed, thinkNanos);
    SimResult[] result = new SimResult[1];
    Throwable[] failure = new Throwable[1];
    SimThread thread =
        new SimThread(
            engine,
            () -> {
              try {
                result[0] = runOn(engine, workload);
              } catch (Throwable e) {
                failure[0] = e;
              }
            },
            "k42j-sim-" + workload.name() + "-" + processors);
    thread.start();
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure[0] instanceof SimulationException simulation) {
      throw simulation;
    }
    if (failure[0] != null) {
      throw new SimulationException(
          "workload " + workload.name() + " failed on " + processors + " processors: " + failure[0],
          failure[0]);
    }
    return result[0];
  }

  /** Runs {@code workload} once per processor count, in order, in one {@link #open session}. */
  public List<SimResult> sweep(Workload workload, int... processorCounts) {
    List<SimResult> results = new ArrayList<>();
    try (Session session = open()) {
      for (int count : processorCounts) {
        results.add(withProcessors(count).run(workload));
      }
    }
    return results;
  }

  /**
   * Keeps the runtime's simulation hooks installed until the session is closed, so that the runs
   * made meanwhile do not each install them (an install re-links the runtime's call sites, which
   * throws away the code the JIT compiled for the previous run). Runs are the same with or without
   * a session.
   */
  public Session open() {
    try {
      SimHost.enter(machine.machine());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulationException("interrupted while waiting for another machine's runs", e);
    }
    return new Session();
  }

  /** An open {@link #open session}; close it once. */
  public static final class Session implements AutoCloseable {
    private boolean closed;

    private Session() {}

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        SimHost.exit();
      }
    }
  }

  private SimResult runOn(Engine engine, Workload workload) throws InterruptedException {
    SimHost.enter(machine.machine());
    try {
      return measure(engine, workload);
    } finally {
      SimHost.exit();
    }
  }

  private SimResult measure(Engine engine, Workload workload) {
    ClockQueue queue = new ClockQueue(engine.active, engine.processorCount);
    int first = queue.top();
    engine.current = first;
    Workload.Instance instance = workload.start(new SimContext(engine, operations, seed));
    if (instance == null) {
      throw new SimulationException(
          "workload " + workload.name() + " returned no instance from start()", null);
    }
    engine.startMeasuring();
    long[] clock = engine.clock;
    LatencyHistogram latencies = new LatencyHistogram();
    long end = 0;
    long step = Math.max(1, operations / 100);
    long untilProgress = step; // a countdown: a division per operation would cost a tenth of it
    for (long op = 0; op < operations; op++) {
      int p = queue.top();
      engine.current = p;
      long start = clock[p];
      try {
        instance.operation(p, engine.randoms[p]);
      } catch (RuntimeException | Error e) {
        throw new SimulationException(
            "workload "
                + workload.name()
                + " threw on processor "
                + p
                + " in operation "
                + op
                + " of "
                + operations
                + ": "
                + e,
            e);
      }
      if (engine.locksHeld != 0) {
        throw new SimulationException(
            "workload "
                + workload.name()
                + " ended operation "
                + op
                + " on processor "
                + p
                + " holding a modeled lock; release every ModeledLock in the operation that"
                + " acquired it",
            null);
      }
      long finish = clock[p];
      latencies.add(finish - start);
      end = Math.max(end, finish);
      engine.traceOp(p, start, finish);
      clock[p] = finish + engine.think();
      queue.advanceTop(clock[p]);
      if (--untilProgress == 0) {
        untilProgress = step;
        if (progress != null) {
          progress.accept(op + 1);
        }
      }
    }
    engine.current = first;
    try {
      instance.finish(operations);
    } catch (RuntimeException | Error e) {
      throw new SimulationException(
          "workload "
              + workload.name()
              + " found its results wrong after "
              + operations
              + " operations on "
              + processors
              + " processors: "
              + e.getMessage(),
          e);
    }
    return result(engine, workload, latencies, end);
  }

  private SimResult result(Engine engine, Workload workload, LatencyHistogram latencies, long end) {
    double picosPerNano = Costs.PICOS_PER_NANO;
    double virtualNanos = end / picosPerNano;
    boolean[] used = new boolean[engine.machine.nodeCount()];
    int nodes = 0;
    for (int p : engine.active) {
      int node = engine.machine.nodeOf(p);
      if (!used[node]) {
        used[node] = true;
        nodes++;
      }
    }
    return new SimResult(
        workload.name(),
        processors,
        nodes,
        operations,
        virtualNanos,
        end == 0 ? Double.POSITIVE_INFINITY : operations / (virtualNanos * 1e-9),
        latencies.mean() / picosPerNano,
        latencies.percentile(0.50) / picosPerNano,
        latencies.percentile(0.99) / picosPerNano,
        engine.accesses,
        engine.trace);
  }
}

package org.k42j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.k42j.benchmarks.RatioEstimate.Kind;

/**
 * What docs/performance.md shows: the result tables (which measurements, compared with which
 * baseline of the same run) and the targets the measurements are held to. Keys are {@link
 * Measurement#key()}s. Later benchmarks add a table here.
 */
final class ReportLayout {
  /** One line of a table. */
  record Row(String key, String label) {}

  /** Lines compared with one baseline, itself the group's first line. */
  record Group(String baselineKey, List<Row> rows) {}

  /** One table: a ratio column per thread count, against each group's baseline. */
  record Table(
      String title, String explanation, Kind kind, String ratioHeader, List<Group> groups) {}

  /**
   * A target on the ratio of one measurement to another at one thread count: at most {@code bound}
   * when {@code atMost}, else at least {@code bound}.
   */
  record RatioTarget(
      String description,
      String key,
      String baselineKey,
      int threads,
      Kind kind,
      double bound,
      boolean atMost) {}

  /** The target that the listed measurements allocate nothing (below {@code zeroBelow} B/op). */
  record AllocationTarget(String description, List<String> keys, double zeroBelow) {}

  static final String DISPATCH = "DispatchBenchmark.";
  static final String COUNTER = "CounterBenchmark.";
  static final String MAP = "ReadMostlyMapBenchmark.";
  static final String LIFECYCLE = "LifecycleBenchmark.";
  static final String QUIESCENCE = "QuiescenceBenchmark.";
  static final String RUNTIME_PATH = "RuntimePathDispatchBenchmark.";
  static final String PORTED = "PortedServicesBenchmark.";
  static final String PPC = "PpcBenchmark.";
  static final String SIMULATION = "SimulationBenchmark.";

  private final List<Table> tables;
  private final List<RatioTarget> ratioTargets;
  private final AllocationTarget allocationTarget;

  ReportLayout(
      List<Table> tables, List<RatioTarget> ratioTargets, AllocationTarget allocationTarget) {
    this.tables = List.copyOf(tables);
    this.ratioTargets = List.copyOf(ratioTargets);
    this.allocationTarget = allocationTarget;
  }

  List<Table> tables() {
    return tables;
  }

  List<RatioTarget> ratioTargets() {
    return ratioTargets;
  }

  AllocationTarget allocationTarget() {
    return allocationTarget;
  }

  /** The key of a counter benchmark method for one counter kind. */
  static String counter(String method, CounterKind kind) {
    return COUNTER + method + "[impl=" + kind.paramName() + "]";
  }

  /** The key of a map benchmark method for one implementation. */
  static String map(String method, String impl) {
    return MAP + method + "[impl=" + impl + "]";
  }

  /** The layout of the published report. */
  static ReportLayout standard() {
    List<Table> tables = new ArrayList<>();
    tables.add(
        new Table(
            "Dispatch overhead",
            "The same method on the same rep, called directly (a field of the rep's class), through"
                + " a plain interface call on an unclustered object, and through the generated"
                + " dispatcher. Trivial: a few arithmetic instructions; realistic: a hit in a"
                + " rep-local hash table. Ratio: time per call over the direct call's.",
            Kind.TIME,
            "x direct",
            List.of(
                dispatchGroup("trivial", "mix(x): trivial method"),
                dispatchGroup("realistic", "lookup(key): realistic method"))));
    tables.add(counterTable("incrementOnly", "increment-only"));
    tables.add(counterTable("incrementHeavy", "increment-heavy (15 increments, then 1 read)"));
    tables.add(counterTable("readHeavy", "read-heavy (1 increment, then 15 reads)"));
    tables.add(
        new Table(
            "Read-mostly map",
            "1,024 keys, every thread on one map. Read-only: gets alone; read-mostly: one put in"
                + " 64 operations. The clustered cache is org.k42j.examples.cache.ReadMostlyCache"
                + " (a replica per processor, filled on demand, invalidated by puts). Ratio:"
                + " throughput over ConcurrentHashMap's.",
            Kind.THROUGHPUT,
            "x CHM throughput",
            List.of(mapGroup("readOnly", "read-only"), mapGroup("readMostly", "read-mostly"))));
    tables.add(
        new Table(
            "Creating a clustered object, and a miss",
            "Creating: a thread-safe per-processor counter through its factory against new"
                + " LongAdder(). Miss: a processor's first call on an object (creates and installs"
                + " its rep), against a second call on objects just as cold; single shots over "
                + LifecycleBenchmark.BATCH
                + " objects per thread, reported per call. Ratio: time over the baseline's.",
            Kind.TIME,
            "x baseline",
            List.of(
                new Group(
                    LIFECYCLE + "createLongAdder",
                    List.of(
                        new Row(LIFECYCLE + "createLongAdder", "new LongAdder() (baseline)"),
                        new Row(LIFECYCLE + "createClustered", "create a clustered counter"))),
                new Group(
                    LIFECYCLE + "secondCall",
                    List.of(
                        new Row(LIFECYCLE + "secondCall", "hit on a cold object (baseline)"),
                        new Row(LIFECYCLE + "firstCall", "miss: first call from a processor"))))));

    tables.add(
        new Table(
            "Quiescence on the hit path",
            "The dispatch benchmark's trivial method: on the rep itself, through the dispatcher"
                + " outside and inside a request (quiescence counts requests, not calls), 16 calls"
                + " with and without a request around them (per call), and each call counted on"
                + " its own (what counting calls would cost). Ratio: time over the direct call's.",
            Kind.TIME,
            "x direct",
            List.of(
                new Group(
                    QUIESCENCE + "direct",
                    List.of(
                        new Row(QUIESCENCE + "direct", "direct on the rep (baseline)"),
                        new Row(QUIESCENCE + "clustered", "clustered, outside a request"),
                        new Row(QUIESCENCE + "clusteredInRequest", "clustered, inside a request"),
                        new Row(QUIESCENCE + "clustered16", "16 clustered calls, per call"),
                        new Row(QUIESCENCE + "request16", "a request of 16 calls, per call"),
                        new Row(QUIESCENCE + "perCallCounted", "each call counted"))))));
    tables.add(
        new Table(
            "Run-time path",
            "The same declaration clustered by the processor and by the run-time (ByteBuddy)"
                + " path: trivial and realistic methods as in the dispatch table. Ratio: time over"
                + " the processor's dispatcher's.",
            Kind.TIME,
            "x processor",
            List.of(runtimePathGroup("trivial"), runtimePathGroup("realistic"))));
    tables.add(
        new Table(
            "Ported services",
            "The three ported services of the examples, each as the original (one lock),"
                + " clustered at run time, and ported to the annotations; every thread on one"
                + " instance. Ratio: throughput over the locked original's.",
            Kind.THROUGHPUT,
            "x locked throughput",
            List.of(
                portedGroup("metricsUpdate", "metrics registry: update"),
                portedGroup("cacheReadMostly", "read-mostly cache: get, 1 put in 64"),
                portedGroup("idAllocateRelease", "id allocator: allocate and release"))));
    tables.add(
        new Table(
            "Protected procedure call",
            "A null call, echo(int), made directly on the server object against the same call"
                + " from a user-level thread of a client address space through the generated stub:"
                + " on the migrating path (the caller's thread runs the server's code in the"
                + " server's address space), on server threads of a server that keeps its own"
                + " (two thread switches), and by message to a server thread on another processor."
                + " Ratio: time over the direct call's.",
            Kind.TIME,
            "x direct",
            List.of(
                new Group(
                    PPC + "direct",
                    List.of(
                        new Row(PPC + "direct", "echo(int) on the server object (baseline)"),
                        new Row(PPC + "nullPpc", "echo(int) by PPC, migrating thread"),
                        new Row(
                            PPC + "nullPpcOnServerThreads",
                            "echo(int) by PPC, the server's own threads"),
                        new Row(
                            PPC + "crossProcessorCall",
                            "echo(int) by message to another processor"))))));
    tables.add(
        new Table(
            "NUMA simulator speed",
            "Host time per modeled access: whole simulation runs of "
                + SimulationBenchmark.OPERATIONS
                + " operations on all 64 processors of a modeled 4x16 machine (engine, cost model,"
                + " workload), divided by the accesses each run charges; the target is at most"
                + " 100 ns (10 million modeled accesses per second of host time). At 2 threads"
                + " two simulations run at once. Ratio: time over the shared atomic counter's.",
            Kind.TIME,
            "x atomic counter",
            List.of(
                new Group(
                    SIMULATION + "sharedAtomicCounter",
                    List.of(
                        new Row(
                            SIMULATION + "sharedAtomicCounter",
                            "shared atomic counter, 1 access per operation (baseline)"),
                        new Row(
                            SIMULATION + "sharedLockedCounter",
                            "shared locked counter, 3 accesses per operation"),
                        new Row(
                            SIMULATION + "scatteredLines",
                            "256 scattered lines, 2 accesses per operation"))))));

    List<RatioTarget> targets = new ArrayList<>();
    for (String weight : List.of("trivial", "realistic")) {
      for (int threads : List.of(1, 2, 4)) {
        targets.add(
            new RatioTarget(
                "clustered dispatch, "
                    + weight
                    + " method, "
                    + threads
                    + " thread"
                    + (threads == 1 ? "" : "s")
                    + ": at most 1.10x a direct call on the rep",
                DISPATCH + weight + "Clustered",
                DISPATCH + weight + "Direct",
                threads,
                Kind.TIME,
                1.10,
                true));
      }
    }
    for (CounterKind clustered :
        List.of(
            CounterKind.CLUSTERED_PER_PROCESSOR_EXCLUSIVE,
            CounterKind.CLUSTERED_PER_PROCESSOR_EXCLUSIVE_DEDICATED,
            CounterKind.CLUSTERED_PER_PROCESSOR_THREAD_SAFE)) {
      String name = clustered.paramName();
      targets.add(
          new RatioTarget(
              name + ", increment-only, 2 threads: throughput at least 1.0x LongAdder",
              counter("incrementOnly", clustered),
              counter("incrementOnly", CounterKind.LONG_ADDER),
              2,
              Kind.THROUGHPUT,
              1.0,
              false));
      targets.add(
          new RatioTarget(
              name + ", increment-only, 2 threads: throughput at least 3x AtomicLong",
              counter("incrementOnly", clustered),
              counter("incrementOnly", CounterKind.ATOMIC_LONG),
              2,
              Kind.THROUGHPUT,
              3.0,
              false));
    }
    List<String> hitPath = new ArrayList<>();
    hitPath.add(DISPATCH + "trivialClustered");
    hitPath.add(DISPATCH + "realisticClustered");
    for (CounterKind kind : CounterKind.values()) {
      if (kind.name().startsWith("CLUSTERED")) {
        hitPath.add(counter("incrementOnly", kind));
        hitPath.add(counter("incrementHeavy", kind));
        hitPath.add(counter("readHeavy", kind));
      }
    }
    hitPath.add(map("readOnly", "clustered-cache"));
    hitPath.add(RUNTIME_PATH + "trivial[path=run-time]");
    hitPath.add(RUNTIME_PATH + "realistic[path=run-time]");
    AllocationTarget allocation =
        new AllocationTarget(
            "hit path allocates nothing (every clustered dispatch and counter row, the run-time"
                + " path's dispatch, and the clustered cache's gets, at every thread count)",
            hitPath,
            0.01);
    return new ReportLayout(tables, targets, allocation);
  }

  private static Group dispatchGroup(String weight, String what) {
    return new Group(
        DISPATCH + weight + "Direct",
        List.of(
            new Row(DISPATCH + weight + "Direct", what + ", direct on the rep (baseline)"),
            new Row(DISPATCH + weight + "Interface", what + ", plain interface call"),
            new Row(DISPATCH + weight + "Clustered", what + ", clustered dispatcher")));
  }

  private static Group runtimePathGroup(String method) {
    String processor = RUNTIME_PATH + method + "[path=processor]";
    return new Group(
        processor,
        List.of(
            new Row(processor, method + ": processor's dispatcher (baseline)"),
            new Row(RUNTIME_PATH + method + "[path=run-time]", method + ": run-time dispatcher")));
  }

  private static Group portedGroup(String method, String what) {
    String locked = PORTED + method + "[form=locked]";
    return new Group(
        locked,
        List.of(
            new Row(locked, what + ", locked (baseline)"),
            new Row(PORTED + method + "[form=run-time]", what + ", clustered at run time"),
            new Row(PORTED + method + "[form=annotations]", what + ", annotations")));
  }

  private static Table counterTable(String method, String mix) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(counter(method, CounterKind.LONG_ADDER), "LongAdder (baseline)"));
    rows.add(new Row(counter(method, CounterKind.ATOMIC_LONG), "AtomicLong"));
    rows.add(new Row(counter(method, CounterKind.SYNCHRONIZED), "synchronized long"));
    rows.add(
        new Row(
            counter(method, CounterKind.CLUSTERED_PER_PROCESSOR_EXCLUSIVE),
            "clustered, per-processor, exclusive rep"));
    rows.add(
        new Row(
            counter(method, CounterKind.CLUSTERED_PER_PROCESSOR_EXCLUSIVE_DEDICATED),
            "clustered, per-processor, exclusive rep, dedicated threads (no guard)"));
    rows.add(
        new Row(
            counter(method, CounterKind.CLUSTERED_PER_PROCESSOR_THREAD_SAFE),
            "clustered, per-processor, thread-safe rep"));
    rows.add(
        new Row(
            counter(method, CounterKind.CLUSTERED_SINGLE_THREAD_SAFE),
            "clustered, single rep, thread-safe (atomic)"));
    rows.add(
        new Row(
            counter(method, CounterKind.CLUSTERED_SINGLE_EXCLUSIVE),
            "clustered, single rep, exclusive (guarded)"));
    return new Table(
        "Counter, " + mix,
        "Every thread on one counter. Ratio: throughput over LongAdder's (its time per operation"
            + " over this one's).",
        Kind.THROUGHPUT,
        "x LongAdder throughput",
        List.of(new Group(counter(method, CounterKind.LONG_ADDER), rows)));
  }

  private static Group mapGroup(String method, String mix) {
    return new Group(
        map(method, "concurrent-hash-map"),
        List.of(
            new Row(map(method, "concurrent-hash-map"), mix + ": ConcurrentHashMap (baseline)"),
            new Row(map(method, "clustered-cache"), mix + ": clustered ReadMostlyCache")));
  }
}

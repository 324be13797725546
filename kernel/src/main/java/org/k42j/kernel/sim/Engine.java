package org.k42j.kernel.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.k42j.kernel.machine.Machine;
import org.k42j.runtime.spi.ProbedObject;

/**
 * The discrete-event engine of one simulation run and its cost model. Each active virtual processor
 * has a virtual clock (picoseconds); the engine always runs the processor with the smallest (clock,
 * id) for one whole workload operation, during which every access the operation reports is charged
 * to that processor's clock by the line model ({@link Line}). After the operation the processor
 * thinks (its clock advances by a seeded exponential draw) and is put back.
 *
 * <p>Invariants: only the engine's {@link SimThread} touches the engine, so nothing here is
 * synchronised; every decision depends only on the machine, the costs, the seed and the workload,
 * never on the host (no wall-clock time, no identity hash codes, no unordered iteration), so the
 * same inputs give the same trace on any host and at any host concurrency.
 */
final class Engine {
  final Machine machine;
  final Costs costs;
  final int processorCount; // of the machine; ids handed out
  final int[] active; // the processors that run operations, in order
  private final int[] nodeOf;
  private final long[][] transfer; // node x node
  private final long[][] memory; // node x node
  private final long localHit;
  private final long localAtomic;
  private final long lockHandoff;
  private final long ppc;
  private final long message;
  private final long softInterrupt;

  final long[] clock; // per machine processor
  final long[] epoch; // per processor: clustered calls made (rep lines written, as modeled)
  final SplittableRandom[] randoms; // per machine processor
  private final SplittableRandom thinkRandom;
  private final double thinkMeanPicos;

  int current; // the processor running now
  long accesses;
  long trace = 0xcbf29ce484222325L;
  private int nextLineId;
  private final List<Line> lines = new ArrayList<>();
  private final Map<Object, Line> runtimeLines = new IdentityHashMap<>();
  private final Map<Object, Line> guardData = new IdentityHashMap<>();
  private final Line[] queues; // per target processor: its message queue's tail line
  private final Line[] words; // per target processor: its soft-interrupt word
  int locksHeld; // modeled locks held now (must be none between operations)

  Engine(SimMachine simMachine, int processors, long seed, double thinkNanos) {
    this.machine = simMachine.machine();
    this.costs = simMachine.costs();
    this.processorCount = machine.processorCount();
    if (processors < 1 || processors > processorCount) {
      throw new IllegalArgumentException(
          "cannot run on "
              + processors
              + " processors of "
              + machine
              + "; give 1 to "
              + processorCount);
    }
    active = new int[processors];
    int filled = 0;
    for (int node = 0; node < machine.nodeCount() && filled < processors; node++) {
      for (int processor : machine.processorsOf(node)) {
        if (filled < processors) {
          active[filled++] = processor;
        }
      }
    }
    nodeOf = new int[processorCount];
    for (int p = 0; p < processorCount; p++) {
      nodeOf[p] = machine.nodeOf(p);
    }
    int nodes = machine.nodeCount();
    transfer = new long[nodes][nodes];
    memory = new long[nodes][nodes];
    for (int a = 0; a < nodes; a++) {
      for (int b = 0; b < nodes; b++) {
        transfer[a][b] = costs.transferPicos(machine.distance(a, b));
        memory[a][b] = costs.memoryPicos(machine.distance(a, b));
      }
    }
    localHit = costs.picos(Costs.LOCAL_HIT);
    localAtomic = costs.picos(Costs.LOCAL_ATOMIC);
    lockHandoff = costs.picos(Costs.LOCK_HANDOFF);
    ppc = costs.picos(Costs.PPC);
    message = costs.picos(Costs.MESSAGE);
    softInterrupt = costs.picos(Costs.SOFT_INTERRUPT);
    clock = new long[processorCount];
    epoch = new long[processorCount];
    SplittableRandom root = new SplittableRandom(seed);
    thinkRandom = root.split();
    randoms = new SplittableRandom[processorCount];
    for (int p = 0; p < processorCount; p++) {
      randoms[p] = root.split();
    }
    if (!(thinkNanos >= 0) || Double.isInfinite(thinkNanos)) {
      throw new IllegalArgumentException("think time " + thinkNanos + " ns; expected >= 0");
    }
    thinkMeanPicos = thinkNanos * Costs.PICOS_PER_NANO;
    current = active[0];
    queues = new Line[processorCount];
    words = new Line[processorCount];
  }

  // --- the trace -------------------------------------------------------------------------------

  private void record(long a, long b) {
    long h = trace ^ (a * 0x9e3779b97f4a7c15L + b);
    h *= 0xbf58476d1ce4e5b9L;
    trace = h ^ (h >>> 31);
  }

  private void charged(Line line, int kind, long end) {
    accesses++;
    record(((long) line.id << 20) | ((long) current << 3) | kind, end);
  }

  // --- lines ---------------------------------------------------------------------------------

  Line newLine() {
    Line line = new Line(this, nextLineId++, current);
    lines.add(line);
    return line;
  }

  /**
   * The line of {@code object} in this simulation, made on its first touch here: a runtime object
   * (root, rep, guard) or a mark ({@code ModeledLine}, {@code ModeledLock}).
   */
  Line lineOf(Object object) {
    Line line = runtimeLines.get(object);
    if (line == null) {
      line = newLine();
      runtimeLines.put(object, line);
    }
    return line;
  }

  /** Clears every clock and busy time after the set-up (ownership stays). */
  void startMeasuring() {
    Arrays.fill(clock, 0L);
    for (Line line : lines) {
      line.freeAt = 0;
    }
    accesses = 0;
  }

  private long transfer(int from, int to) {
    return transfer[nodeOf[from]][nodeOf[to]];
  }

  private long fromMemory(int processor, Line line) {
    return memory[nodeOf[processor]][nodeOf[line.home]];
  }

  // --- accesses --------------------------------------------------------------------------------

  void localHit() {
    clock[current] += localHit;
    accesses++;
  }

  void work(long picos) {
    clock[current] += picos;
  }

  void read(Line line) {
    int p = current;
    long t = clock[p];
    if (line.owner == p || line.isSharer(p)) {
      t += localHit;
    } else if (line.owner >= 0) {
      // Modified elsewhere: the owner's cache supplies it; the line is busy meanwhile.
      long start = Math.max(t, line.freeAt);
      t = start + transfer(line.owner, p);
      line.freeAt = t;
      line.addSharer(line.owner);
      line.owner = -1;
      line.addSharer(p);
    } else {
      // Shared elsewhere (a copy from the home node's side) or only in memory; reads overlap.
      long start = Math.max(t, line.freeAt);
      t = start + (line.sharerCount > 0 ? transfer(line.home, p) : fromMemory(p, line));
      line.addSharer(p);
    }
    clock[p] = t;
    charged(line, 0, t);
  }

  void write(Line line, boolean atomic) {
    int p = current;
    long t = clock[p];
    long op = atomic ? localAtomic : localHit;
    if (line.owner == p) {
      t += op;
    } else {
      long start = Math.max(t, line.freeAt);
      long cost;
      if (line.owner >= 0) {
        cost = transfer(line.owner, p);
      } else if (line.sharerCount > 0) {
        cost = invalidation(line, p);
      } else {
        cost = fromMemory(p, line);
      }
      t = start + cost + op;
      line.clearSharers();
      line.owner = p;
      line.freeAt = t;
    }
    clock[p] = t;
    charged(line, atomic ? 2 : 1, t);
  }

  /** Writing a Shared line: the round trip to the farthest other sharer (0 when p is alone). */
  private long invalidation(Line line, int p) {
    long farthest = 0;
    long[] words = line.sharers;
    for (int w = 0; w < words.length; w++) {
      long bits = words[w];
      while (bits != 0) {
        int s = (w << 6) + Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        if (s != p) {
          farthest = Math.max(farthest, transfer(s, p));
        }
      }
    }
    return farthest;
  }

  void acquire(Line lock) {
    int p = current;
    if (lock.holder == p) {
      lock.holds++;
      clock[p] += localHit;
      charged(lock, 3, clock[p]);
      return;
    }
    long t = clock[p];
    long start = Math.max(t, lock.freeAt);
    long cost;
    if (lock.owner == p) {
      cost = localAtomic;
    } else if (lock.owner >= 0) {
      cost = transfer(lock.owner, p) + lockHandoff + localAtomic;
    } else if (lock.sharerCount > 0) {
      cost = invalidation(lock, p) + lockHandoff + localAtomic;
    } else {
      cost = fromMemory(p, lock) + localAtomic;
    }
    t = start + cost;
    lock.clearSharers();
    lock.owner = p;
    lock.holder = p;
    lock.holds = 1;
    lock.freeAt = t;
    locksHeld++;
    clock[p] = t;
    charged(lock, 3, t);
  }

  void release(Line lock) {
    int p = current;
    if (lock.holder != p) {
      throw new IllegalStateException(
          "processor " + p + " released a modeled lock it does not hold; release what you acquire");
    }
    long t = clock[p] + localHit;
    clock[p] = t;
    if (--lock.holds == 0) {
      lock.holder = -1;
      lock.lastHolder = p;
      locksHeld--;
      lock.freeAt = t;
    }
    charged(lock, 4, t);
  }

  /** Memory of {@code node} read once (no line kept): e.g. a first touch of a fresh object. */
  void memory(int node) {
    int p = current;
    clock[p] += memory[nodeOf[p]][node];
    accesses++;
    record(node, clock[p]);
  }

  /** Posting a message to {@code target}: the send's own cost, then its queue's tail line. */
  void message(int target) {
    clock[current] += message;
    write(targetLine(queues, target), true);
  }

  /** Raising a soft interrupt on {@code target}: an atomic OR on its word's line. */
  void softInterrupt(int target) {
    clock[current] += softInterrupt;
    write(targetLine(words, target), true);
  }

  private Line targetLine(Line[] table, int target) {
    if (target < 0 || target >= processorCount) {
      throw new IllegalArgumentException(
          "processor "
              + target
              + " is not on the simulated machine (0.."
              + (processorCount - 1)
              + ")");
    }
    Line line = table[target];
    if (line == null) {
      int running = current;
      current = target; // the line lives on the target's node
      line = newLine();
      line.owner = target;
      current = running;
      table[target] = line;
    }
    return line;
  }

  void ppc() {
    clock[current] += ppc;
    accesses++;
  }

  // --- what the runtime reports ------------------------------------------------------------------

  /** A clustered call dispatched on the current processor: the local entry and rep. */
  void call() {
    epoch[current]++;
    localHit();
  }

  void miss(ProbedObject root, int processor, Object entry) {
    Line rootLine = lineOf(root);
    acquire(rootLine);
    if (!runtimeLines.containsKey(entry)) {
      // The rep (or guard) is allocated by this miss on this processor's node: first touch.
      memory(nodeOf[current]);
      Line line = lineOf(entry);
      line.owner = current;
      line.seenEpoch = epoch[line.home];
    }
    release(rootLine);
  }

  void visit(ProbedObject root) {
    read(lineOf(root));
    for (int slot = 0, n = root.repSlots(); slot < n; slot++) {
      Object entry = root.entryAt(slot);
      if (entry != null) {
        Line line = lineOf(entry);
        if (line.seenEpoch != epoch[line.home]) {
          // The home processor has made calls since: its rep line is Modified there again.
          line.seenEpoch = epoch[line.home];
          if (line.owner != line.home) {
            line.clearSharers();
            line.owner = line.home;
          }
        }
        read(line);
      }
    }
  }

  void enter(Object guard) {
    acquire(lineOf(guard));
    Line data = guardData.get(guard);
    if (data == null) {
      data = newLine();
      guardData.put(guard, data);
    }
    write(data, false);
  }

  void exit(Object guard) {
    release(lineOf(guard));
  }

  // --- scheduling ------------------------------------------------------------------------------

  /**
   * The next think time: an exponential draw of the mean think time, by the inverse of the
   * distribution function, interpolated in a table of {@value #THINK_STEPS} quantiles (the last
   * step, a tail of probability 1/{@value #THINK_STEPS}, computed exactly), a tenth of the cost of
   * a logarithm per operation.
   */
  long think() {
    if (thinkMeanPicos == 0) {
      return 0;
    }
    long bits = thinkRandom.nextLong();
    int step = (int) (bits >>> (64 - THINK_BITS));
    double within = (bits & ((1L << (64 - THINK_BITS)) - 1)) * 0x1.0p-54;
    double quantile;
    if (step < THINK_STEPS - 1) {
      double low = EXPONENTIAL_QUANTILES[step];
      quantile = low + (EXPONENTIAL_QUANTILES[step + 1] - low) * within;
    } else {
      quantile = -Math.log((1.0 - within) / THINK_STEPS);
    }
    return Math.round(quantile * thinkMeanPicos);
  }

  private static final int THINK_BITS = 10;
  private static final int THINK_STEPS = 1 << THINK_BITS;

  /** {@code -ln(1 - i / THINK_STEPS)}: the exponential distribution's quantiles of mean 1. */
  private static final double[] EXPONENTIAL_QUANTILES = new double[THINK_STEPS];

  static {
    for (int i = 0; i < THINK_STEPS; i++) {
      EXPONENTIAL_QUANTILES[i] = -Math.log(1.0 - (double) i / THINK_STEPS);
    }
  }

  long traceOp(int processor, long start, long end) {
    record(((long) processor << 1) | 1, start ^ (end << 1));
    return trace;
  }
}

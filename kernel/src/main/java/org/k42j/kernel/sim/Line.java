package org.k42j.kernel.sim;

/**
 * The modeled state of one cache line in one simulation: MESI reduced to what costs time. A line is
 * in memory (no owner, no sharers: the next access reads its home node's DRAM), Modified by one
 * processor ({@code owner}), or Shared by a set of processors ({@code sharers}). A line is a
 * serialized resource: {@code freeAt} is the virtual time (picoseconds) until which it is busy
 * moving to its last writer, or held as a lock; the next writer (or a reader of a Modified line)
 * starts no earlier. Readers of a Shared line proceed in parallel.
 *
 * <p>Invariants: {@code owner >= 0} implies no sharers; {@code holder >= 0} only between a lock's
 * acquire and release by that processor; only the engine's thread reads or writes a line.
 */
final class Line {
  final Engine engine;
  final int id;
  final int home; // the processor whose node's memory holds the line (first touch)
  int owner = -1;
  long[] sharers; // bit per processor, allocated on first share
  int sharerCount;
  long freeAt;
  int holder = -1; // lock lines: the processor holding the lock
  int holds;
  int lastHolder = -1;
  long seenEpoch = -1; // rep lines: the home's call epoch when the line was last synchronised

  Line(Engine engine, int id, int home) {
    this.engine = engine;
    this.id = id;
    this.home = home;
  }

  boolean isSharer(int processor) {
    return sharers != null && (sharers[processor >>> 6] & (1L << processor)) != 0;
  }

  void addSharer(int processor) {
    if (sharers == null) {
      sharers = new long[(engine.processorCount + 63) >>> 6];
    }
    long bit = 1L << processor;
    int word = processor >>> 6;
    if ((sharers[word] & bit) == 0) {
      sharers[word] |= bit;
      sharerCount++;
    }
  }

  void clearSharers() {
    if (sharerCount != 0) {
      java.util.Arrays.fill(sharers, 0L);
      sharerCount = 0;
    }
  }
}

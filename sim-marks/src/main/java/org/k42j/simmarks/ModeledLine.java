package org.k42j.simmarks;

import org.k42j.simmarks.spi.MarkSinks;

/**
 * Marks a piece of shared state (one cache line's worth: a counter, a flag, a small record) so that
 * a simulation models the accesses to it. Call {@link #read()}, {@link #write()} or {@link
 * #atomic()} next to the real access:
 *
 * <pre>{@code
 * private final AtomicLong hits = new AtomicLong();
 * private final ModeledLine hitsLine = new ModeledLine();
 *
 * void hit() {
 *   hitsLine.atomic();
 *   hits.incrementAndGet();
 * }
 * }</pre>
 *
 * <p>Outside a simulation every method is a constant no-op that the JIT removes. Inside one, the
 * line lives on the node of the processor that touches it first, can be Modified by one processor
 * or Shared by several, and is a serialized resource: contention for it emerges from the model. A
 * line is modeled separately in each simulation that touches it.
 */
public final class ModeledLine {

  /** A line, placed on first touch. */
  public ModeledLine() {}

  /** Models a read of the line. */
  public void read() {
    MarkSinks.read(this);
  }

  /** Models a plain write of the line. */
  public void write() {
    MarkSinks.write(this);
  }

  /** Models an atomic read-modify-write (compare-and-swap, get-and-add) of the line. */
  public void atomic() {
    MarkSinks.atomic(this);
  }
}

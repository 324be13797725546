package org.k42j.examples;

import org.k42j.runtime.spi.ProcessorIdentity;

/**
 * A processor identity for tests: each thread runs on the processor it pinned itself to (0 until it
 * pins), so a test decides exactly which threads share a rep. Install it with {@code
 * Processors.install(identity, UniformTopology.single())} and close the returned handle after.
 */
public final class PinnedIdentity implements ProcessorIdentity {
  private final int count;
  private final ThreadLocal<Integer> pinned = new ThreadLocal<>();

  /** An identity with processors {@code 0..count-1}. */
  public PinnedIdentity(int count) {
    this.count = count;
  }

  /** Puts the calling thread on {@code processor} from now on. */
  public void pin(int processor) {
    if (processor < 0 || processor >= count) {
      throw new IllegalArgumentException("processor " + processor + " outside 0.." + (count - 1));
    }
    pinned.set(processor);
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public int current() {
    Integer processor = pinned.get();
    return processor == null ? 0 : processor;
  }

  @Override
  public String toString() {
    return "PinnedIdentity[" + count + "]";
  }
}

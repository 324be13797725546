package org.k42j.kernel.testing;

import org.k42j.runtime.spi.ProcessorIdentity;

/**
 * A processor identity for tests in which each thread says which processor it runs on ({@link
 * #pin}), so a test puts exactly the threads it wants on the processors it wants. A thread that
 * pinned nothing is on processor 0.
 */
public final class PinnedIdentity implements ProcessorIdentity {
  private static final ThreadLocal<int[]> PINNED = ThreadLocal.withInitial(() -> new int[1]);

  private final int count;
  private final boolean oneThreadPerProcessor;

  /**
   * An identity of {@code count} processors; {@code oneThreadPerProcessor} promises the runtime
   * that the test runs at most one thread per processor at a time.
   */
  public PinnedIdentity(int count, boolean oneThreadPerProcessor) {
    this.count = count;
    this.oneThreadPerProcessor = oneThreadPerProcessor;
  }

  /** Puts the calling thread on {@code processor} from now on. */
  public static void pin(int processor) {
    PINNED.get()[0] = processor;
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public int current() {
    return PINNED.get()[0];
  }

  @Override
  public boolean oneThreadPerProcessor() {
    return oneThreadPerProcessor;
  }

  @Override
  public String toString() {
    return "PinnedIdentity[" + count + (oneThreadPerProcessor ? ", one thread each]" : "]");
  }
}

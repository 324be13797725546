package org.k42j.runtime.testing;

import org.k42j.runtime.spi.ProcessorIdentity;

/**
 * A processor identity for tests in which each thread says which processor it runs on, so a test
 * can put exactly the threads it wants on exactly the processors it wants (64 processors on a
 * 2-core machine). The declaration is per thread and shared by every instance, so a thread keeps
 * its processor across {@link org.k42j.runtime.Processors#install} of another {@code
 * DeclaredIdentity}; a thread that declared nothing is on processor 0.
 */
public final class DeclaredIdentity implements ProcessorIdentity {
  private static final ThreadLocal<int[]> DECLARED = ThreadLocal.withInitial(() -> new int[1]);

  private final int count;
  private final boolean oneThreadPerProcessor;

  /** An identity with {@code count} processors on which several threads may run at once. */
  public DeclaredIdentity(int count) {
    this(count, false);
  }

  /**
   * An identity with {@code count} processors; {@code oneThreadPerProcessor} promises the runtime
   * that the test runs at most one thread per processor at a time.
   */
  public DeclaredIdentity(int count, boolean oneThreadPerProcessor) {
    this.count = count;
    this.oneThreadPerProcessor = oneThreadPerProcessor;
  }

  /** Puts the calling thread on {@code processor} from now on. */
  public static void declare(int processor) {
    DECLARED.get()[0] = processor;
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public int current() {
    return DECLARED.get()[0];
  }

  @Override
  public boolean oneThreadPerProcessor() {
    return oneThreadPerProcessor;
  }

  @Override
  public String toString() {
    return "DeclaredIdentity["
        + count
        + " processors"
        + (oneThreadPerProcessor ? ", one thread per processor]" : "]");
  }
}

package org.k42j.processor.testing;

import java.util.concurrent.Callable;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.ProcessorIdentity;
import org.k42j.runtime.spi.UniformTopology;

/**
 * A processor identity for tests: the calling thread is on whatever processor the test pinned it to
 * (processor 0 by default), so a test decides which reps exist.
 */
public final class PinnedIdentity implements ProcessorIdentity {
  private static final ThreadLocal<Integer> PINNED = ThreadLocal.withInitial(() -> 0);

  private final int count;

  private PinnedIdentity(int count) {
    this.count = count;
  }

  /**
   * Installs an identity of {@code count} processors on one node; close to restore the previous.
   */
  public static Processors.Installation install(int count) {
    return Processors.install(new PinnedIdentity(count), UniformTopology.single());
  }

  /** Installs an identity of {@code count} processors in nodes of {@code perNode} processors. */
  public static Processors.Installation install(int count, int perNode) {
    return Processors.install(
        new PinnedIdentity(count), new UniformTopology(count / perNode, perNode));
  }

  /** Runs {@code action} on the calling thread as processor {@code processor}. */
  public static <T> T on(int processor, Callable<T> action) throws Exception {
    int previous = PINNED.get();
    PINNED.set(processor);
    try {
      return action.call();
    } finally {
      PINNED.set(previous);
    }
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public int current() {
    return PINNED.get();
  }
}

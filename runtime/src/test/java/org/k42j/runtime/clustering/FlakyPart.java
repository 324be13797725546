package org.k42j.runtime.clustering;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A rep of {@link Flushing} that fails to flush when its number (the order in which parts were
 * made, from 0) is in the failing set: unchecked for even numbers, {@link IOException} for odd.
 */
public final class FlakyPart implements Flushing {
  private final int number;
  private final Set<Integer> failing;
  private int flushed;

  FlakyPart(AtomicInteger made, Set<Integer> failing) {
    this.number = made.getAndIncrement();
    this.failing = failing;
  }

  @Override
  public void write(int value) {}

  @Override
  public void flush() throws IOException {
    if (failing.contains(number)) {
      if (number % 2 == 0) {
        throw new IllegalStateException("part " + number + " failed");
      }
      throw new IOException("part " + number + " failed");
    }
    flushed++;
  }

  @Override
  public int flushed() {
    return flushed;
  }
}

package org.k42j.benchmarks;

import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Rep;

/**
 * The rep of {@link Probe}, also used on its own (constructed directly) as the direct and the plain
 * interface call of the dispatch benchmark, so all three variants run the same method body.
 *
 * <p>Thread-safe: every field is final and only read after construction, so the runtime puts no
 * guard in front of it and the benchmark measures the dispatch alone.
 *
 * <p>Invariant: {@code keys} and {@code values} form an open-addressed table of {@link #SIZE} slots
 * holding {@link #ENTRIES} keys ({@link #key(int)} for {@code 0 <= i < ENTRIES}), found by linear
 * probing from {@link #home(long)}; an empty slot holds key 0, which no entry uses.
 */
@Rep(concurrency = Concurrency.THREAD_SAFE)
public final class ProbeRep implements Probe {
  /** The number of keys in the table; a power of two, so callers can pick one with a mask. */
  static final int ENTRIES = 256;

  private static final int SIZE = 2 * ENTRIES;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final long seed;
  private final long[] keys = new long[SIZE];
  private final long[] values = new long[SIZE];

  /** A rep with its table filled; the runtime calls this on a processor's first call. */
  public ProbeRep() {
    this.seed = GOLDEN >>> 7;
    for (int i = 0; i < ENTRIES; i++) {
      long key = key(i);
      int slot = home(key);
      while (keys[slot] != 0) {
        slot = (slot + 1) & (SIZE - 1);
      }
      keys[slot] = key;
      values[slot] = i;
    }
  }

  /** The {@code i}-th key stored in every rep's table. */
  static long key(int i) {
    return (i + 1) * GOLDEN;
  }

  private static int home(long key) {
    return (int) ((key * GOLDEN) >>> 55) & (SIZE - 1);
  }

  @Override
  public long mix(long x) {
    return (x ^ seed) * GOLDEN;
  }

  @Override
  public long lookup(long key) {
    for (int slot = home(key); ; slot = (slot + 1) & (SIZE - 1)) {
      long found = keys[slot];
      if (found == key) {
        return values[slot];
      }
      if (found == 0) {
        return -1;
      }
    }
  }
}

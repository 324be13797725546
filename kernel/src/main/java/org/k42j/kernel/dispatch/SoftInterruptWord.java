package org.k42j.kernel.dispatch;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A dispatcher's soft-interrupt word: raised bits are OR-ed in, and a delivery takes them all.
 *
 * <p>Invariants: the word is the OR of the bits raised since the last {@link #take}; exactly the
 * raise that finds it zero returns true, so exactly one delivery is scheduled per non-empty word;
 * {@code take} clears the word atomically with reading it, so every raised bit is returned by
 * exactly one {@code take} (a bit raised again before that take is returned once).
 */
final class SoftInterruptWord {
  private final AtomicInteger word = new AtomicInteger();

  /** ORs {@code bits} in; true when the word was zero, so the caller must schedule a delivery. */
  boolean raise(int bits) {
    return bits != 0 && word.getAndAccumulate(bits, (current, raised) -> current | raised) == 0;
  }

  /** Takes every pending bit, leaving the word zero. */
  int take() {
    return word.getAndSet(0);
  }
}

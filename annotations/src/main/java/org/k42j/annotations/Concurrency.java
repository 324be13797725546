package org.k42j.annotations;

/**
 * What concurrency a rep must tolerate. See {@link Rep} for what each choice lets a rep assume.
 *
 * <pre>{@code
 * @Rep(concurrency = Concurrency.THREAD_SAFE)
 * final class HitsRep implements Hits { private final LongAdder hits = new LongAdder(); ... }
 * }</pre>
 */
public enum Concurrency {
  /** At most one thread is inside a rep at a time; the rep is plain sequential code. */
  EXCLUSIVE,
  /** Calls reach the rep unguarded; the rep synchronizes itself. */
  THREAD_SAFE
}

package org.k42j.runtime.internal;

import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;

/**
 * A small hand-built root for unit tests of the runtime's parts (the COID table, the translation
 * row): a {@code Runnable} contract whose root is registered, resolved and attached, but never
 * called through, so it makes no rep.
 */
final class IdleRoot extends ClusterRoot<Runnable, Runnable> {
  /** A miss object that only stands in row entries. */
  static final Runnable MISS = () -> {};

  IdleRoot(String name) {
    super(name, Policy.PER_PROCESSOR, 0, Concurrency.THREAD_SAFE);
  }

  @Override
  protected Runnable[] newRow(int length) {
    return new Runnable[length];
  }

  @Override
  protected Runnable newMissObject(RootCore<Runnable> core) {
    return MISS;
  }

  @Override
  protected Runnable newRep() {
    throw new AssertionError("an idle root is never called, so it never makes a rep");
  }

  @Override
  protected Runnable guard(RootCore<Runnable> core, Runnable rep) {
    throw new AssertionError("an idle root is never called, so it never guards a rep");
  }
}

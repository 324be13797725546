package org.k42j.it.routing;

import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Rep;

/** An exclusive rep whose methods return {@code this}: plain sequential code. */
@Rep(concurrency = Concurrency.EXCLUSIVE, root = ChainRoot.class)
public final class ChainRep extends Chain_RepBase implements Chain {
  /** What {@link #other} returns. */
  static final Object OTHER = new Object();

  private long total;

  public ChainRep() {}

  @Override
  public Chain add(long delta) {
    total += delta;
    return this;
  }

  @Override
  public long total() {
    return total;
  }

  @Override
  public Object self() {
    return this;
  }

  @Override
  public Object largest() {
    return this;
  }

  @Override
  public Object other() {
    return OTHER;
  }

  @Override
  public Object name(String name) {
    return root().name(name);
  }

  @Override
  public String name() {
    return root().name();
  }
}

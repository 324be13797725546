package org.k42j.it.roots;

import org.k42j.annotations.Root;

/** A budget's cap: {@link #DEFAULT_CAP} unless given. */
@Root
public final class BudgetRoot extends Budget_RootBase {
  static final long DEFAULT_CAP = 1_000;

  private final long cap;

  public BudgetRoot() {
    this(DEFAULT_CAP);
  }

  public BudgetRoot(long cap) {
    this.cap = cap;
  }

  public long cap() {
    return cap;
  }
}

package org.k42j.it.roots;

import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Rep;

/** A thread-safe rep that does not extend its rep base, so it implements {@code cap()} itself. */
@Rep(root = BudgetRoot.class, concurrency = Concurrency.THREAD_SAFE)
public final class BudgetRep implements Budget {
  private final BudgetRoot root;
  private final java.util.concurrent.atomic.LongAdder spent =
      new java.util.concurrent.atomic.LongAdder();

  public BudgetRep(BudgetRoot root) {
    this.root = root;
  }

  @Override
  public void spend(long amount) {
    spent.add(amount);
  }

  @Override
  public long spent() {
    return spent.sum();
  }

  /** Never called by the object (the contract routes {@code cap()} to the root). */
  @Override
  public long cap() {
    return root.cap();
  }
}

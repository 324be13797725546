package org.k42j.it.roots;

import org.k42j.annotations.Rep;

/** Posts on the calling processor's share. */
@Rep(root = LedgerRoot.class)
public final class LedgerRep implements Ledger {
  private long balance;

  @Override
  public void post(long amount) {
    balance += amount;
  }

  @Override
  public long balance() {
    return balance;
  }
}

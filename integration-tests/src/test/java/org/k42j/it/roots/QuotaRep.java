package org.k42j.it.roots;

import org.k42j.annotations.Rep;

/**
 * Extends its rep base and so implements neither {@code tenant()} nor {@code limit()}: the base
 * implements them by calling the root, and {@link #allows} reaches the root through it.
 */
@Rep(root = QuotaRoot.class)
public final class QuotaRep extends Quota_RepBase implements Quota {
  private long charged;

  @Override
  public void charge(long amount) {
    charged += amount;
  }

  @Override
  public boolean allows(long amount) {
    return charged + amount <= limit();
  }

  @Override
  public long charged() {
    return charged;
  }
}

package org.k42j.it.roots;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.OnRoot;
import org.k42j.annotations.Reduce;

/**
 * A tenant's usage quota: usage is counted per processor, the tenant and limit are configuration
 * that {@link QuotaRoot}'s constructors take, so {@code Quota_Factory} has one {@code create} per
 * constructor and no {@code create()} (the root's no-argument constructor is private).
 */
@ClusteredObject
public interface Quota {
  /** Charges {@code amount} to the calling processor's share. */
  void charge(long amount);

  /** Whether the calling processor's share plus {@code amount} stays within {@link #limit()}. */
  boolean allows(long amount);

  @Gather(reduce = Reduce.SUM)
  long charged();

  @OnRoot
  String tenant();

  @OnRoot
  long limit();
}

package org.k42j.benchmarks;

import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.examples.stats.ClusteredRequestStats_Factory;
import org.k42j.examples.stats.MergeSnapshots;
import org.k42j.examples.stats.RequestStats;
import org.k42j.examples.stats.SynchronizedRequestStats;
import org.k42j.examples.stats.SyntheticTraffic;
import org.k42j.runtime.clustering.ClusteredType;
import org.k42j.runtime.clustering.Clustering;

/**
 * The request statistics example: a call records the next request of the caller's own seeded {@link
 * SyntheticTraffic}; the snapshot counts every request made.
 */
final class StatsLoad implements ServiceLoad {
  private static final long SEED = 0x4B42_4A15L;

  private final ServiceForm form;
  private final RequestStats stats;

  StatsLoad(ServiceForm form) {
    this.form = form;
    switch (form) {
      case LOCKED:
        stats = new SynchronizedRequestStats();
        break;
      case EXCLUSIVE:
        stats = ClusteredRequestStats_Factory.create();
        break;
      case THREAD_SAFE:
        stats = declaration(Policy.PER_PROCESSOR, true).create();
        break;
      case ADAPTIVE:
        stats = declaration(Policy.ADAPTIVE, false).create();
        break;
      default:
        throw ServiceLoad.noSuchForm("request statistics", form);
    }
  }

  /**
   * The original class as the rep, one instance per slot of {@code policy}: thread-safe (no guard:
   * the original locks itself) or exclusive.
   */
  private static ClusteredType<RequestStats> declaration(Policy policy, boolean threadSafe) {
    return Clustering.of(RequestStats.class)
        .reps(SynchronizedRequestStats::new)
        .gather("snapshot", MergeSnapshots.class)
        .broadcast("reset")
        .policy(policy)
        .concurrency(threadSafe ? Concurrency.THREAD_SAFE : Concurrency.EXCLUSIVE)
        .build();
  }

  @Override
  public Callers.Caller caller(int index) {
    SyntheticTraffic traffic = new SyntheticTraffic(SEED + index);
    RequestStats shared = stats;
    return () -> traffic.recordNext(shared);
  }

  @Override
  public void check(long calls) {
    ServiceLoad.expect("requests recorded", calls, stats.snapshot().totalRequests());
  }

  @Override
  public void close() {
    ServiceLoad.dispose(form, stats);
  }
}

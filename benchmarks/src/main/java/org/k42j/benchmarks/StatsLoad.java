package org.k42j.benchmarks;

import org.k42j.examples.stats.ClusteredRequestStats_Factory;
import org.k42j.examples.stats.MergeSnapshots;
import org.k42j.examples.stats.RequestStats;
import org.k42j.examples.stats.SynchronizedRequestStats;
import org.k42j.examples.stats.SyntheticTraffic;
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
    stats =
        ServiceLoad.portedForm(
            "request statistics",
            form,
            SynchronizedRequestStats::new,
            ClusteredRequestStats_Factory::create,
            () ->
                Clustering.of(RequestStats.class)
                    .reps(SynchronizedRequestStats::new)
                    .gather("snapshot", MergeSnapshots.class)
                    .broadcast("reset"));
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

package org.k42j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.k42j.annotations.Reduce;
import org.k42j.examples.metrics.ClusteredMetrics_Factory;
import org.k42j.examples.metrics.HistogramSnapshot;
import org.k42j.examples.metrics.LockedMetrics;
import org.k42j.examples.metrics.MergeMetrics;
import org.k42j.examples.metrics.Metrics;
import org.k42j.examples.metrics.MetricsSnapshot;
import org.k42j.runtime.clustering.Clustering;

/**
 * The metrics registry: a call is a counter increment or a latency sample, by turns, on 8 names (as
 * in {@link PortedServicesBenchmark}); the counters sum to the increments made and the histograms
 * hold the samples made.
 */
final class MetricsLoad implements ServiceLoad {
  private final ServiceForm form;
  private final Metrics metrics;
  private final List<MetricsCaller> callers = new ArrayList<>();

  MetricsLoad(ServiceForm form) {
    this.form = form;
    metrics =
        ServiceLoad.portedForm(
            "metrics registry",
            form,
            LockedMetrics::new,
            ClusteredMetrics_Factory::create,
            () ->
                Clustering.of(Metrics.class)
                    .repClass(LockedMetrics.class)
                    .gather("counter", Reduce.SUM)
                    .gather("snapshot", MergeMetrics.class)
                    .broadcast("reset"));
  }

  @Override
  public Callers.Caller caller(int index) {
    MetricsCaller caller = new MetricsCaller(metrics, index);
    callers.add(caller);
    return caller;
  }

  @Override
  public void check(long calls) {
    long counts = 0;
    long samples = 0;
    for (MetricsCaller caller : callers) {
      counts += caller.counts;
      samples += caller.samples;
    }
    ServiceLoad.expect("metrics calls", calls, counts + samples);
    MetricsSnapshot snapshot = metrics.snapshot();
    long counted = 0;
    for (String name : PortedServicesBenchmark.NAMES) {
      counted += metrics.counter(name);
    }
    ServiceLoad.expect("metrics counters", counts, counted);
    long recorded = 0;
    for (HistogramSnapshot histogram : snapshot.histograms().values()) {
      recorded += histogram.count();
    }
    ServiceLoad.expect("metrics latency samples", samples, recorded);
  }

  @Override
  public void close() {
    ServiceLoad.dispose(form, metrics);
  }

  /** One caller: its position in the name sequence and what it did (read after each shot). */
  private static final class MetricsCaller implements Callers.Caller {
    private final Metrics metrics;
    private int tick;
    long counts;
    long samples;

    MetricsCaller(Metrics metrics, int index) {
      this.metrics = metrics;
      this.tick = index;
    }

    @Override
    public void call() {
      int now = ++tick;
      String name = PortedServicesBenchmark.NAMES[now & 7];
      if ((now & 8) == 0) {
        metrics.count(name, 1);
        counts++;
      } else {
        metrics.recordLatency(name, now & 4095);
        samples++;
      }
    }
  }
}

package org.k42j.examples.sim;

import static org.k42j.examples.sim.ExampleWorkloads.expect;

import java.util.SplittableRandom;
import org.k42j.examples.cache.KeyValueCache;
import org.k42j.examples.cache.LockedCache;
import org.k42j.examples.cache.ReadMostlyCache;
import org.k42j.examples.cache.ReadMostlyCache_Factory;
import org.k42j.examples.metrics.ClusteredMetrics;
import org.k42j.examples.metrics.HistogramSnapshot;
import org.k42j.examples.metrics.LockedMetrics;
import org.k42j.examples.metrics.Metrics;
import org.k42j.examples.metrics.MetricsSnapshot;
import org.k42j.examples.stats.ClusteredRequestStats;
import org.k42j.examples.stats.RequestStats;
import org.k42j.examples.stats.StatsSnapshot;
import org.k42j.examples.stats.SynchronizedRequestStats;
import org.k42j.kernel.sim.SimContext;
import org.k42j.kernel.sim.Workload;
import org.k42j.runtime.ClusteredObjects;

/**
 * The metrics, request-statistics and cache examples as simulation workloads, each locked original
 * against its clustered form under the same request mix. The locked originals mark their monitor
 * and state themselves ({@link LockedMetrics}, {@link SynchronizedRequestStats}, {@link
 * LockedCache}; the read-mostly cache's store and replicas likewise); the clustered forms are the
 * real clustered objects, whose accesses the runtime reports. Every run checks its totals exactly.
 */
public final class ServiceWorkloads {
  /** One operation in this many reads the whole state (a snapshot: a gather when clustered). */
  static final int SCRAPE_EVERY = 1024;

  private ServiceWorkloads() {}

  /**
   * A server's metrics: each request counts one of four counters and records its latency; one
   * operation in {@value ServiceWorkloads#SCRAPE_EVERY} takes a snapshot instead.
   */
  abstract static class MetricsWorkload implements Workload {
    static final String[] COUNTERS = {"get", "put", "list", "delete"};

    abstract Metrics metrics();

    @Override
    public Instance start(SimContext context) {
      Metrics metrics = metrics();
      long[] scrapes = new long[1];
      return new Instance() {
        @Override
        public void operation(int processor, SplittableRandom random) {
          if (random.nextInt(SCRAPE_EVERY) == 0) {
            metrics.snapshot();
            scrapes[0]++;
          } else {
            metrics.count(COUNTERS[random.nextInt(COUNTERS.length)], 1);
            metrics.recordLatency("latency", random.nextLong(1_000_000));
          }
        }

        @Override
        public void finish(long operations) {
          MetricsSnapshot all = metrics.snapshot();
          long counted = 0;
          for (String counter : COUNTERS) {
            counted += metrics.counter(counter);
          }
          expect(name() + "'s counters", counted, operations - scrapes[0]);
          HistogramSnapshot latency = all.histograms().get("latency");
          expect(name() + "'s latency samples", latency.count(), operations - scrapes[0]);
        }
      };
    }
  }

  /** {@link LockedMetrics}: every update under one monitor. */
  public static final class LockedMetricsWorkload extends MetricsWorkload {
    @Override
    public String name() {
      return "example-locked-metrics";
    }

    @Override
    public String description() {
      return "metrics example, LockedMetrics: a counter and a latency sample per request under one"
          + " monitor, a snapshot every "
          + SCRAPE_EVERY;
    }

    @Override
    Metrics metrics() {
      return new LockedMetrics();
    }
  }

  /** {@link ClusteredMetrics}: updates on the calling processor's rep, snapshots gather. */
  public static final class ClusteredMetricsWorkload extends MetricsWorkload {
    @Override
    public String name() {
      return "example-clustered-metrics";
    }

    @Override
    public String description() {
      return "metrics example, ClusteredMetrics: updates on the local rep, a gathered snapshot"
          + " every "
          + SCRAPE_EVERY;
    }

    @Override
    Metrics metrics() {
      return ClusteredObjects.create(ClusteredMetrics.class);
    }
  }

  /**
   * Request statistics: each request is recorded against one of eight endpoints, one in 16 as an
   * error; one operation in {@value ServiceWorkloads#SCRAPE_EVERY} takes a snapshot instead.
   */
  abstract static class StatsWorkload implements Workload {
    static final int ENDPOINTS = 8;

    abstract RequestStats stats();

    @Override
    public Instance start(SimContext context) {
      RequestStats stats = stats();
      String[] endpoints = new String[ENDPOINTS];
      for (int i = 0; i < ENDPOINTS; i++) {
        endpoints[i] = "GET /items/" + i;
      }
      long[] counts = new long[3]; // scrapes, errors, latency total
      return new Instance() {
        @Override
        public void operation(int processor, SplittableRandom random) {
          if (random.nextInt(SCRAPE_EVERY) == 0) {
            stats.snapshot();
            counts[0]++;
          } else {
            boolean error = random.nextInt(16) == 0;
            long latency = random.nextLong(1_000_000);
            stats.record(endpoints[random.nextInt(ENDPOINTS)], latency, error);
            counts[1] += error ? 1 : 0;
            counts[2] += latency;
          }
        }

        @Override
        public void finish(long operations) {
          StatsSnapshot all = stats.snapshot();
          expect(name() + "'s requests", all.totalRequests(), operations - counts[0]);
          expect(name() + "'s errors", all.totalErrors(), counts[1]);
          long latency = 0;
          for (var endpoint : all.endpoints().values()) {
            latency += endpoint.totalLatencyNanos();
          }
          expect(name() + "'s total latency", latency, counts[2]);
        }
      };
    }
  }

  /** {@link SynchronizedRequestStats}: one map of tallies behind one monitor. */
  public static final class LockedStatsWorkload extends StatsWorkload {
    @Override
    public String name() {
      return "example-locked-stats";
    }

    @Override
    public String description() {
      return "stats example, SynchronizedRequestStats: a request recorded under one monitor, a"
          + " snapshot every "
          + SCRAPE_EVERY;
    }

    @Override
    RequestStats stats() {
      return new SynchronizedRequestStats();
    }
  }

  /** {@link ClusteredRequestStats}: tallies on the calling processor's rep, snapshots gather. */
  public static final class ClusteredStatsWorkload extends StatsWorkload {
    @Override
    public String name() {
      return "example-clustered-stats";
    }

    @Override
    public String description() {
      return "stats example, ClusteredRequestStats: a request recorded on the local rep, a gathered"
          + " snapshot every "
          + SCRAPE_EVERY;
    }

    @Override
    RequestStats stats() {
      return ClusteredObjects.create(ClusteredRequestStats.class);
    }
  }

  /**
   * A read-mostly cache of 64 keys: one operation in {@code writeEvery} (by default {@value
   * #WRITE_EVERY}) stores a new version of a key, every other reads one. Every read is checked
   * against the last version stored, so a stale replica fails the run. Set-up stores every key and
   * reads each once on every processor, so runs measure the steady state.
   */
  abstract static class CacheWorkload implements Workload {
    static final int KEYS = 64;
    static final int WRITE_EVERY = 16_384;
    final int writeEvery;

    CacheWorkload(int writeEvery) {
      this.writeEvery = writeEvery;
    }

    abstract KeyValueCache<Integer, Long> cache();

    @Override
    public Instance start(SimContext context) {
      KeyValueCache<Integer, Long> cache = cache();
      long[] versions = new long[KEYS];
      for (int key = 0; key < KEYS; key++) {
        cache.put(key, 0L);
      }
      // Steady state: every processor has read every key once (a replica's first reads fill it
      // through the store's lock, a start-up cost that would otherwise dominate a short run).
      for (int processor : context.activeProcessors()) {
        context.runOn(
            processor,
            () -> {
              for (int key = 0; key < KEYS; key++) {
                cache.get(key);
              }
            });
      }
      long[] counts = new long[2]; // writes, reads
      return new Instance() {
        @Override
        public void operation(int processor, SplittableRandom random) {
          int key = random.nextInt(KEYS);
          if (random.nextInt(writeEvery) == 0) {
            versions[key]++;
            cache.put(key, versions[key]);
            counts[0]++;
          } else {
            Long value = cache.get(key);
            if (value == null || value != versions[key]) {
              throw new IllegalStateException(
                  name()
                      + " read "
                      + value
                      + " for key "
                      + key
                      + " on processor "
                      + processor
                      + ", expected version "
                      + versions[key]);
            }
            counts[1]++;
          }
        }

        @Override
        public void finish(long operations) {
          expect(name() + "'s operations", counts[0] + counts[1], operations);
          long stored = 0;
          for (long version : versions) {
            stored += version;
          }
          expect(name() + "'s versions stored", stored, counts[0]);
          expect(name() + "'s size()", cache.size(), KEYS);
        }
      };
    }
  }

  /** {@link LockedCache}: every read and write under one monitor. */
  public static final class LockedCacheWorkload extends CacheWorkload {
    /** One write in {@value CacheWorkload#WRITE_EVERY}. */
    public LockedCacheWorkload() {
      this(WRITE_EVERY);
    }

    LockedCacheWorkload(int writeEvery) {
      super(writeEvery);
    }

    @Override
    public String name() {
      return "example-locked-cache";
    }

    @Override
    public String description() {
      return "cache example, LockedCache: reads and one write in "
          + writeEvery
          + " under one monitor";
    }

    @Override
    KeyValueCache<Integer, Long> cache() {
      return new LockedCache<>();
    }
  }

  /** {@link ReadMostlyCache}: reads from the local replica, writes invalidate every replica. */
  public static final class ReadMostlyCacheWorkload extends CacheWorkload {
    /** One write in {@value CacheWorkload#WRITE_EVERY}. */
    public ReadMostlyCacheWorkload() {
      this(WRITE_EVERY);
    }

    ReadMostlyCacheWorkload(int writeEvery) {
      super(writeEvery);
    }

    @Override
    public String name() {
      return "example-read-mostly-cache";
    }

    @Override
    public String description() {
      return "cache example, ReadMostlyCache: reads from the local replica, one write in "
          + writeEvery
          + " invalidating every replica";
    }

    @Override
    KeyValueCache<Integer, Long> cache() {
      return ReadMostlyCache_Factory.create();
    }
  }
}

/**
 * A service ported to a clustered object: request statistics per endpoint, first as {@link
 * org.k42j.examples.stats.SynchronizedRequestStats} (one lock around one map, the conventional
 * form), then as {@link org.k42j.examples.stats.ClusteredRequestStats} (one map per processor in an
 * exclusive rep, snapshots merged by a {@link org.k42j.examples.stats.MergeSnapshots} combiner).
 * Both implement {@link org.k42j.examples.stats.RequestStats}; {@link
 * org.k42j.examples.stats.SyntheticTraffic} replays one deterministic request stream into either.
 */
package org.k42j.examples.stats;

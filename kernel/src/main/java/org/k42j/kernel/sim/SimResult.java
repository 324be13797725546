package org.k42j.kernel.sim;

import java.util.Locale;

/**
 * What one simulation run measured, in virtual time.
 *
 * @param workload the workload's name
 * @param processors the processors that ran operations
 * @param nodes the nodes those processors are on
 * @param operations operations performed
 * @param virtualNanos virtual time from the first operation's start to the last one's end
 * @param throughput operations per second of virtual time
 * @param meanLatencyNanos mean virtual time of one operation (thinking excluded)
 * @param p50LatencyNanos median operation time
 * @param p99LatencyNanos 99th percentile operation time
 * @param accesses modeled accesses charged
 * @param traceHash a hash of every charged access and operation (processor, line, kind, time): two
 *     runs with equal hashes made the same decisions
 */
public record SimResult(
    String workload,
    int processors,
    int nodes,
    long operations,
    double virtualNanos,
    double throughput,
    double meanLatencyNanos,
    double p50LatencyNanos,
    double p99LatencyNanos,
    long accesses,
    long traceHash) {

  /** The CSV header matching {@link #csvRow()}. */
  public static final String CSV_HEADER =
      "workload,processors,nodes,operations,virtual_ns,throughput_ops_per_s,latency_mean_ns,"
          + "latency_p50_ns,latency_p99_ns,accesses,trace_hash";

  /** This result as a CSV row (no line end). */
  public String csvRow() {
    return String.format(
        Locale.ROOT,
        "%s,%d,%d,%d,%.3f,%.1f,%.3f,%.3f,%.3f,%d,%016x",
        workload,
        processors,
        nodes,
        operations,
        virtualNanos,
        throughput,
        meanLatencyNanos,
        p50LatencyNanos,
        p99LatencyNanos,
        accesses,
        traceHash);
  }
}

package org.k42j.examples.numa;

import java.util.List;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.memory.ProcessorCounts;

/**
 * What a {@link NumaExample} run measured.
 *
 * @param machine the modeled machine
 * @param threadsPerProcessor user-level threads on each virtual processor
 * @param requestsPerThread requests each thread made
 * @param rows one row per node, from the per-node statistics object
 * @param switchesPerNode thread switches on each node's virtual processors
 * @param counted the per-processor counter's total
 * @param counterReps how many reps the per-processor counter has (one per virtual processor)
 * @param memoryPerNode the request-record pool's counters, summed over each node's processors
 */
public record NumaReport(
    Machine machine,
    int threadsPerProcessor,
    int requestsPerThread,
    List<NodeRow> rows,
    long[] switchesPerNode,
    long counted,
    int counterReps,
    List<ProcessorCounts> memoryPerNode) {
  /** Every request the run made. */
  public long expectedRequests() {
    return (long) machine.processorCount() * threadsPerProcessor * requestsPerThread;
  }
}

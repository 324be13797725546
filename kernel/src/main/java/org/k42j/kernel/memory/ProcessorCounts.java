package org.k42j.kernel.memory;

/**
 * One processor's allocation counters (or their sum over a node or the machine, with {@code
 * processor} -1 and, for the machine, {@code node} -1). An allocation is <em>local</em> when the
 * slot's memory is on the allocating processor's node and <em>remote</em> when that node's pool was
 * empty and the slot came from the nearest node that had one. A free is <em>local</em> when made on
 * the block's home processor (the one that allocated it) and <em>remote</em> when made on another
 * processor, which sends the block home through the home's remote-free list.
 *
 * @param processor the processor, or -1 for a sum
 * @param node the processor's node, or -1 for a machine-wide sum
 * @param localAllocations allocations served from the processor's own node
 * @param remoteAllocations allocations served from another node's pool
 * @param localFrees frees made on the block's home processor
 * @param remoteFrees frees made here of blocks whose home is another processor
 * @param returnedHome blocks other processors freed that came back here through the remote-free
 *     list
 * @param refills batches taken from the node pool into the processor's cache
 * @param spills batches given back from the cache to the node pool
 */
public record ProcessorCounts(
    int processor,
    int node,
    long localAllocations,
    long remoteAllocations,
    long localFrees,
    long remoteFrees,
    long returnedHome,
    long refills,
    long spills) {

  /** No allocation, no free. */
  public static ProcessorCounts zero(int processor, int node) {
    return new ProcessorCounts(processor, node, 0, 0, 0, 0, 0, 0, 0);
  }

  /** Every allocation, local or remote. */
  public long allocations() {
    return localAllocations + remoteAllocations;
  }

  /** Every free, local or remote. */
  public long frees() {
    return localFrees + remoteFrees;
  }

  /** The sum of these counters and {@code other}'s, labelled {@code processor} and {@code node}. */
  ProcessorCounts plus(ProcessorCounts other, int processor, int node) {
    return new ProcessorCounts(
        processor,
        node,
        localAllocations + other.localAllocations,
        remoteAllocations + other.remoteAllocations,
        localFrees + other.localFrees,
        remoteFrees + other.remoteFrees,
        returnedHome + other.returnedHome,
        refills + other.refills,
        spills + other.spills);
  }
}

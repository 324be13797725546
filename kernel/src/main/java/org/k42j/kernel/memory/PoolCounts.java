package org.k42j.kernel.memory;

/**
 * One node pool's state and counters.
 *
 * @param node the node
 * @param capacity the slots of the node's memory
 * @param free the slots in the pool itself (not those cached by processors or in hands)
 * @param refills batches the pool handed to processor caches
 * @param spills batches processor caches gave back
 * @param remoteTakes single slots taken by processors of other nodes whose own pool was empty
 */
public record PoolCounts(
    int node, int capacity, int free, long refills, long spills, long remoteTakes) {}

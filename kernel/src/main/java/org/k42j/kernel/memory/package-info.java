/**
 * Per-processor memory: a locality-aware allocator of fixed-size slots ({@link
 * org.k42j.kernel.memory.SlotAllocator}) with per-processor caches over per-node pools and remote
 * frees sent home, and two ways to give slots contents: pooled objects ({@link
 * org.k42j.kernel.memory.BlockPool}) and records of words in per-node arenas ({@link
 * org.k42j.kernel.memory.SlotArena}). Statistics: {@link org.k42j.kernel.memory.AllocationStats}.
 */
package org.k42j.kernel.memory;

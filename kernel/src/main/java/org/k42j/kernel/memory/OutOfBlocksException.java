package org.k42j.kernel.memory;

/**
 * Every node's pool is empty: no block can be allocated until blocks are freed. The message says
 * how large the allocator is and what to do.
 */
public final class OutOfBlocksException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Exhaustion described by {@code message}. */
  public OutOfBlocksException(String message) {
    super(message);
  }
}

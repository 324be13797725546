package org.k42j.kernel.ppc;

/**
 * Every server thread the server's pool may have on the caller's processor is busy in a call that
 * cannot finish without waiting (its method blocked), and, for an asynchronous call, the pool's
 * queue is full. The call was not made. K42 fails such a call at once rather than letting the
 * caller wait for a server thread that may itself wait for the caller; retry later, or give the
 * server a larger pool ({@link Ppc#limit}).
 */
public final class PpcPoolExhaustedException extends PpcException {
  private static final long serialVersionUID = 1L;

  PpcPoolExhaustedException(String pool, PoolLimits limits, boolean async) {
    super(
        (async ? "an asynchronous" : "a synchronous")
            + " PPC found every server thread of "
            + pool
            + " busy ("
            + limits.threadsPerProcessor()
            + " threads"
            + (async ? ", " + limits.queuedCallsPerProcessor() + " queued calls" : "")
            + "); retry later, or raise the server's limits with"
            + " ppc.limit(server, new PoolLimits(threads, queuedCalls))");
  }
}

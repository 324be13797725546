package org.k42j.kernel.ppc;

import org.k42j.kernel.dispatch.UThread;

/**
 * The body of one server thread: serves the call it was spawned with, then every call its pool
 * hands it, until the pool closes or the thread is cancelled. Its fields belong to the pool and are
 * confined to the pool's processor.
 */
final class Worker implements Runnable {
  private final ServerPool pool;

  /** The call this thread serves or was handed; null while idle. */
  PpcCall call;

  UThread thread;

  /** Whether {@link #call} was handed to this thread and not begun yet (counted as unstarted). */
  boolean handed;

  /** Set when the thread's body begins: a thread the backend could not run never sets it. */
  boolean began;

  Worker(ServerPool pool, PpcCall first) {
    this.pool = pool;
    this.call = first;
  }

  @Override
  public void run() {
    began = true;
    try {
      PpcCall current = call;
      while (current != null) {
        pool.started(this);
        pool.serve(current);
        current = pool.next(this, current.caller);
      }
    } finally {
      pool.retired(this);
    }
  }
}

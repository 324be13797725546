package org.k42j.kernel.dispatch;

/** Where a user-level thread is; changed only in its virtual processor's context. */
enum ThreadState {
  /** In its dispatcher's ready set (also before its first run). */
  READY,
  /** Holding its virtual processor. */
  RUNNING,
  /** Parked ({@link UThread#park}, a message wait, a join) until unparked. */
  PARKED,
  /** Sleeping until a timer of its virtual processor fires. */
  SLEEPING,
  /** Halted by a simulated page fault until the fault is resolved. */
  FAULTED,
  /** Waiting for a blocking call that runs off the virtual processor. */
  BLOCKING,
  /** Finished (returned, threw, or was cancelled). */
  DONE
}

package org.k42j.kernel.dispatch;

/**
 * What the kernel tells an application's dispatcher: K42's upcalls. They run in the dispatcher's
 * context on its virtual processor, between its threads (never on the thread they are about), so
 * they must not block: record, spawn, unpark or send asynchronous messages, and return. A user
 * thread cannot be parked from here; an upcall that throws is recorded and reported at shutdown.
 */
public interface Upcalls {
  /** Upcalls that do nothing. */
  Upcalls NONE = new Upcalls() {};

  /**
   * Soft interrupts arrived: {@code bits} is the OR of every {@link Dispatcher#raise} since the
   * last delivery; each raised bit is delivered exactly once (a bit raised twice before delivery is
   * delivered once, as in a hardware interrupt word).
   */
  default void softInterrupt(Dispatcher dispatcher, int bits) {}

  /**
   * {@code thread} faulted on {@code address} and is halted; the dispatcher runs its other threads
   * until {@link #pageFaultResolved}.
   */
  default void pageFault(UThread thread, long address) {}

  /** The fault of {@code thread} on {@code address} is resolved; the thread is ready again. */
  default void pageFaultResolved(UThread thread, long address) {}
}

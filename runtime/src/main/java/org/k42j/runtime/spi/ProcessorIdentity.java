package org.k42j.runtime.spi;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Tells the runtime which processor the calling thread runs on, as a dense id {@code 0..count()-1}.
 * A clustered object keeps one translation-table entry per processor id and routes every call
 * through the caller's entry.
 *
 * <p>The default on plain JVM threads is {@link ThreadSlotIdentity}, a stable per-thread slot that
 * moves on contention. The k42j kernel installs an exact identity (the virtual processor running
 * the thread). Install one with {@link org.k42j.runtime.Processors#install}.
 *
 * <p>{@link #current()} is on the hit path of every clustered call: it must not allocate, lock or
 * write shared memory, and should cost a few nanoseconds at most.
 */
public interface ProcessorIdentity {
  /** The number of processor ids this identity hands out; fixed for the identity's lifetime. */
  int count();

  /** The calling thread's processor id, in {@code 0..count()-1}. */
  int current();

  /**
   * A method handle of type {@code ()int} that returns what {@link #current()} returns. {@link
   * org.k42j.runtime.Processors#install} links the installed identity's handle into the hit path as
   * a constant the JIT inlines (and re-links it on the next install), so an identity whose handle
   * has its state bound in as constants lets the JIT fold that state away: {@link
   * ThreadSlotIdentity}'s binds its probe table, so the table's address and length are constants
   * and the index needs no bounds check. The default handle calls {@link #current()} on this
   * object, which the JIT also inlines, without the folding.
   */
  default MethodHandle currentHandle() {
    try {
      return MethodHandles.publicLookup()
          .findVirtual(ProcessorIdentity.class, "current", MethodType.methodType(int.class))
          .bindTo(this);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("ProcessorIdentity.current() is not accessible", e);
    }
  }

  /**
   * True when at most one thread runs on a processor at a time (a kernel's virtual processors), so
   * exclusive reps that serve one processor need no guard. (Not to be confused with {@code
   * Concurrency.EXCLUSIVE}, which is what a rep asks for; this is what the identity promises.)
   */
  default boolean oneThreadPerProcessor() {
    return false;
  }

  /**
   * Called by the runtime when the calling thread found its processor's rep busy. An identity that
   * maps threads to slots may move the thread to another slot; the default does nothing.
   */
  default void contended() {}

  /**
   * How threads on this identity's processors wait ({@link Parking}): whose a guard is, and how a
   * waiter parks. The default, {@link Parking#threads()}, is right for plain and virtual threads;
   * an identity whose processors run user-level threads (the k42j kernel) supplies a park that lets
   * its scheduler run other threads on the processor.
   */
  default Parking parking() {
    return Parking.threads();
  }
}

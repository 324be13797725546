package org.k42j.kernel.vp;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.k42j.runtime.spi.Parking;
import org.k42j.runtime.spi.ProcessorIdentity;

/**
 * The kernel's exact processor identity: the id of the virtual processor the calling thread runs
 * on, read from the {@link VpThread} itself. Code on virtual processor 17 sees 17. At most one
 * thread runs per virtual processor at a time, so {@link #oneThreadPerProcessor()} is true and
 * exclusive per-processor reps need no guard.
 *
 * <p>The hit path ({@link #currentHandle()}, linked into {@code Processors.current()} as a
 * constant) is the current thread, a type check against the final class {@code VpThread} and one
 * field load: one load less than the default identity's probe table, as docs/performance.md
 * anticipates. A thread that is not a {@code VpThread} gets {@link NotOnVirtualProcessorException}
 * (deliberately no fallback: a guessed id would let a foreign thread into a rep beside the
 * processor's own thread).
 */
public final class VirtualProcessorIdentity implements ProcessorIdentity {
  private static final MethodHandle CURRENT;

  static {
    try {
      CURRENT =
          MethodHandles.lookup()
              .findStatic(
                  VirtualProcessorIdentity.class,
                  "currentProcessor",
                  MethodType.methodType(int.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final int count;
  private final Parking parking;

  /**
   * An identity for {@code count} virtual processors whose waiters park through {@code parking}
   * (the kernel passes its user-level parking, {@code UThread.parking()}; this package does not
   * depend on the dispatcher's).
   */
  public VirtualProcessorIdentity(int count, Parking parking) {
    if (count < 1) {
      throw new IllegalArgumentException("a kernel needs at least one processor, not " + count);
    }
    this.count = count;
    this.parking = java.util.Objects.requireNonNull(parking, "parking");
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public int current() {
    return currentProcessor();
  }

  /** The calling thread's virtual processor; throws for a thread that is not on one. */
  public static int currentProcessor() {
    Thread thread = Thread.currentThread();
    if (thread instanceof VpThread) {
      return ((VpThread) thread).processor;
    }
    throw new NotOnVirtualProcessorException(thread, "a clustered object was called");
  }

  /** True when the calling thread runs on a virtual processor. */
  public static boolean onVirtualProcessor() {
    return Thread.currentThread() instanceof VpThread;
  }

  @Override
  public MethodHandle currentHandle() {
    return CURRENT;
  }

  @Override
  public boolean oneThreadPerProcessor() {
    return true;
  }

  /**
   * User-level parking (the kernel's {@code UThread.parking()}): the runtime's waits on a virtual
   * processor belong to its dispatcher, and a guard's owner is the user-level thread, not its
   * carrier.
   */
  @Override
  public Parking parking() {
    return parking;
  }

  @Override
  public String toString() {
    return "VirtualProcessorIdentity[" + count + " virtual processors]";
  }
}

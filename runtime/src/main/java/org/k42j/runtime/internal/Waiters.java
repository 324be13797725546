package org.k42j.runtime.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import org.k42j.runtime.spi.Parking;

/**
 * The {@link Parking} of the installed processor identity, for the runtime's waits: {@link
 * #current()} names the calling waiter (a guard's owner key), {@link #parking()} parks it.
 *
 * <p>{@link #current()} is on a guard's entry, so it is linked as {@code Processors.current()} is:
 * through a {@link MutableCallSite} the JIT treats as a constant. With {@link Parking#threads()}
 * its target is {@code Thread.currentThread()}, an intrinsic (a register on HotSpot); another
 * parking's {@code waiter()} is bound in.
 *
 * <p>Invariants: {@link #install} runs under {@code Processors}' class monitor, on every change of
 * identity; {@code parking} and the call site's target always belong to the same parking (both set
 * before the call site is synced). A waiter that parked under one parking is unparked through that
 * parking (callers keep it with the waiter's key), so a change of identity while it waits strands
 * no one.
 */
public final class Waiters {
  private static final VarHandle PARKING;
  private static final MethodHandle THREAD_WAITER;
  private static final MethodHandle PARKING_WAITER;
  private static final MutableCallSite WAITER_SITE =
      new MutableCallSite(MethodType.methodType(Object.class));
  private static final MethodHandle WAITER = WAITER_SITE.dynamicInvoker();

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      PARKING = lookup.findStaticVarHandle(Waiters.class, "parking", Parking.class);
      THREAD_WAITER =
          lookup
              .findStatic(Thread.class, "currentThread", MethodType.methodType(Thread.class))
              .asType(MethodType.methodType(Object.class));
      PARKING_WAITER =
          MethodHandles.publicLookup()
              .findVirtual(Parking.class, "waiter", MethodType.methodType(Object.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
    WAITER_SITE.setTarget(THREAD_WAITER);
  }

  private static Parking parking = Parking.threads();

  private Waiters() {}

  /** The calling waiter under the installed identity (the owner key of guards). */
  public static Object current() {
    try {
      return (Object) WAITER.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("Parking.waiter() of " + parking + " threw " + e, e);
    }
  }

  /** The installed identity's parking. */
  public static Parking parking() {
    return (Parking) PARKING.getAcquire();
  }

  /**
   * Called by {@code Processors} (under its class monitor) whenever the identity changes: from now
   * on waiters are named and parked by {@code newParking}.
   */
  public static void install(Parking newParking) {
    Objects.requireNonNull(newParking, "the identity's parking() returned null");
    PARKING.setRelease(newParking);
    WAITER_SITE.setTarget(
        newParking == Parking.threads() ? THREAD_WAITER : PARKING_WAITER.bindTo(newParking));
    MutableCallSite.syncAll(new MutableCallSite[] {WAITER_SITE});
  }
}

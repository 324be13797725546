package org.k42j.runtime.clustering.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.internal.RepGuard;
import org.k42j.runtime.internal.RootCore;

/**
 * Base of the guards the run-time clustering path generates for exclusive reps: the same {@link
 * RepGuard} as a processor-generated {@code Contract_Guard}. Every method of the generated subclass
 * is {@code ((Contract) rep$()).m(args)} with advice woven around it: for a method routed to the
 * caller's own rep, {@link GuardAdvice} ({@code enter$()}, and {@code exit$()} after; a call that
 * finds the guard retired skips the body and goes again through the handle, {@code redispatch$}),
 * for the others, which only visits of the reps reach, {@link VisitGuardAdvice} ({@code
 * enterOrRefuse$()}: a retired guard refuses), as the processor's guard does.
 */
public abstract class RuntimeGuard extends RepGuard {
  private final RootCore<?> core;
  private final Object rep;

  /** The guard of {@code rep}, a rep of the object whose core is {@code core}. */
  protected RuntimeGuard(RootCore<?> core, Object rep) {
    super(core);
    this.core = core;
    this.rep = rep;
  }

  /** The guarded rep. */
  protected final Object rep$() {
    return rep;
  }

  /**
   * Enters the rep (reentrant); for the woven advice only. Returns false, holding nothing, when the
   * guard was retired: the advice then issues the call again with {@link #redispatch$}.
   */
  public final boolean enter$() {
    return lock();
  }

  /** Enters the rep (reentrant), or throws a retired guard's refusal; for the woven advice only. */
  public final void enterOrRefuse$() {
    if (!lock()) {
      throw refusal(this);
    }
  }

  /** Leaves the rep; for the woven advice only. */
  public final void exit$() {
    unlock();
  }

  /**
   * A call of {@code method} that found this guard retired, issued again through the object's
   * handle with the same arguments (the slow path only: reflection): it runs on the rep that serves
   * the caller now, or the handle refuses a destroyed object. What the call throws is thrown as it
   * is.
   *
   * @param method the generated guard's method the call reached
   */
  public final Object redispatch$(Method method, Object[] arguments) {
    Object handle = core.handle();
    Method same;
    try {
      // The dispatcher is generated from the same declaration as this guard: it has a public
      // method of the same name and parameter types.
      same = handle.getClass().getMethod(method.getName(), method.getParameterTypes());
    } catch (NoSuchMethodException e) {
      throw new ClusteredObjectException(
          "the handle of "
              + core
              + " has no method "
              + method
              + " to issue a call again on; this is a bug in k42j: please report it",
          e);
    }
    try {
      return same.invoke(handle, arguments);
    } catch (InvocationTargetException e) {
      throw RuntimeGuard.<RuntimeException>sneaky(e.getCause());
    } catch (IllegalAccessException e) {
      throw new ClusteredObjectException(
          "could not issue a call of " + core + " again through its handle (" + e + ")", e);
    }
  }

  /** Throws {@code thrown} as it is (checked or not), as the contract method declares it. */
  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable thrown) throws E {
    throw (E) thrown;
  }
}

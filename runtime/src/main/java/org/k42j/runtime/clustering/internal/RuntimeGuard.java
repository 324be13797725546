package org.k42j.runtime.clustering.internal;

import org.k42j.runtime.internal.RepGuard;
import org.k42j.runtime.internal.RootCore;

/**
 * Base of the guards the run-time clustering path generates for exclusive reps: the same {@link
 * RepGuard} as a processor-generated {@code Contract_Guard}. Every method of the generated subclass
 * is {@code enter$(); try { return ((Contract) rep$()).m(args); } finally { exit$(); }}, woven in
 * by {@link GuardAdvice}.
 */
public abstract class RuntimeGuard extends RepGuard {
  private final Object rep;

  /** The guard of {@code rep}, a rep of the object whose core is {@code core}. */
  protected RuntimeGuard(RootCore<?> core, Object rep) {
    super(core);
    this.rep = rep;
  }

  /** The guarded rep. */
  protected final Object rep$() {
    return rep;
  }

  /** Enters the rep (reentrant); for the woven advice only. */
  public final void enter$() {
    lock();
  }

  /** Leaves the rep; for the woven advice only. */
  public final void exit$() {
    unlock();
  }
}

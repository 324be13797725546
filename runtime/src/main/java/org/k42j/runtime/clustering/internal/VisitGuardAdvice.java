package org.k42j.runtime.clustering.internal;

import net.bytebuddy.asm.Advice;

/**
 * The code ByteBuddy weaves around a run-time guard's method that only visits of the reps slot by
 * slot reach (a gather's, a broadcast's, an on-root method's): enter before the call to the rep,
 * leave after it whether it returned or threw; a retired guard refuses the call (one rep's visit
 * cannot be issued again through the handle).
 */
public final class VisitGuardAdvice {
  private VisitGuardAdvice() {}

  /**
   * Enters the guard, or throws a retired guard's refusal; if this throws, the exit does not run.
   */
  @Advice.OnMethodEnter
  public static void enter(@Advice.This RuntimeGuard guard) {
    guard.enterOrRefuse$();
  }

  /** Leaves the guard after a return or a throw. */
  @Advice.OnMethodExit(onThrowable = Throwable.class)
  public static void exit(@Advice.This RuntimeGuard guard) {
    guard.exit$();
  }
}

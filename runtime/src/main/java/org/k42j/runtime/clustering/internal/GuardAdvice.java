package org.k42j.runtime.clustering.internal;

import net.bytebuddy.asm.Advice;

/**
 * The code ByteBuddy weaves around every method of a run-time guard: enter before the call to the
 * rep, leave after it whether it returned or threw (the generated guard's {@code try/finally}).
 */
public final class GuardAdvice {
  private GuardAdvice() {}

  /** Enters the guard; if this throws, the exit advice does not run. */
  @Advice.OnMethodEnter
  public static void enter(@Advice.This RuntimeGuard guard) {
    guard.enter$();
  }

  /** Leaves the guard after a return or a throw. */
  @Advice.OnMethodExit(onThrowable = Throwable.class)
  public static void exit(@Advice.This RuntimeGuard guard) {
    guard.exit$();
  }
}

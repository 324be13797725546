package org.k42j.runtime.clustering.internal;

import java.lang.reflect.Method;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * The code ByteBuddy weaves around a run-time guard's method that the dispatcher routes to the
 * caller's own rep: enter before the call to the rep, leave after it whether it returned or threw
 * (the generated guard's {@code try/finally}). A call that finds the guard retired (a hot swap or
 * destroy that could not see its thread) skips the call to the rep and goes again through the
 * object's handle ({@link RuntimeGuard#redispatch$}), whose result it returns.
 *
 * <p>The advice is inlined: the method and its arguments are read only on the retired path, so the
 * hit path makes neither the array nor the reflective lookup.
 */
public final class GuardAdvice {
  private GuardAdvice() {}

  /** Enters the guard; returns true (skip the body) when the guard was retired. */
  @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
  public static boolean enter(@Advice.This RuntimeGuard guard) {
    return !guard.enter$();
  }

  /** Leaves the guard after a return or a throw, or issues a retired guard's call again. */
  @Advice.OnMethodExit(onThrowable = Throwable.class)
  public static void exit(
      @Advice.This RuntimeGuard guard,
      @Advice.Enter boolean retired,
      @Advice.Origin Method method,
      @Advice.AllArguments Object[] arguments,
      @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object returned) {
    if (retired) {
      returned = guard.redispatch$(method, arguments);
    } else {
      guard.exit$();
    }
  }
}

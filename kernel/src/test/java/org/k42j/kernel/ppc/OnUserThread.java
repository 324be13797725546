package org.k42j.kernel.ppc;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.k42j.kernel.dispatch.Dispatcher;

/**
 * Runs bodies on user-level threads and waits for their outcome with a generous timeout, which only
 * guards against a hang (it fails the test instead of stalling the build), never measures.
 */
final class OnUserThread {
  private OnUserThread() {}

  /** Spawns {@code body} on {@code dispatcher}; the future completes with its result or failure. */
  static <T> CompletableFuture<T> start(Dispatcher dispatcher, String name, Callable<T> body) {
    return dispatcher.submit(name, body);
  }

  /** The result of {@code body} run on {@code dispatcher}; rethrows what it threw. */
  static <T> T run(Dispatcher dispatcher, Callable<T> body) throws Throwable {
    return await(start(dispatcher, "test", body));
  }

  /** The outcome of {@code future}, failing the test after a minute. */
  static <T> T await(CompletableFuture<T> future) throws Throwable {
    try {
      return future.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("a user-level thread did not finish within a minute (hung)");
    }
  }

  /** What {@code future} failed with, failing the test if it succeeded or hung. */
  static Throwable failure(CompletableFuture<?> future) throws InterruptedException {
    try {
      Object result = future.get(60, TimeUnit.SECONDS);
      throw new AssertionError("expected a failure, got " + result);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("a user-level thread did not finish within a minute (hung)");
    }
  }
}

package org.k42j.runtime.lifecycle;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.k42j.runtime.NotOnProcessorException;
import org.k42j.runtime.internal.InstalledMachine;
import org.k42j.runtime.internal.OpenRequests;
import org.k42j.runtime.internal.RequestDepth;
import org.k42j.runtime.internal.UnboundedGraceWait;
import org.k42j.runtime.quiescence.Quiescence;

/**
 * Marks the units of work (requests) during which threads call clustered objects, so that
 * destruction and hot swapping know when calls that started before them have finished.
 *
 * <p>K42 and EbbRT count activity per processor and generation around every request they dispatch,
 * never around each call on an object: a clustered call's hit path stays a row load and a call.
 * k42j does the same. Wrap each unit of work of a thread that calls clustered objects:
 *
 * <pre>{@code
 * try (Request request = Requests.enter()) {
 *   counter.increment();
 *   cache.get(key);
 * }
 * // or Requests.run(() -> ...), or an executor whose tasks are requests:
 * Executor executor = Requests.executor(pool);
 * }</pre>
 *
 * <p>What a request buys: {@link org.k42j.runtime.ClusteredObjects#destroy} runs cleanups only
 * after every request that was running when it was called has ended, and a hot swap moves state
 * only after every such request has left the old reps. A call made outside any request is not
 * counted: on a platform thread destroy and swap wait for it by sampling the threads' stacks
 * instead (off the hit path, but a thread dump per destroy or swap); a virtual thread is not in a
 * thread dump, so code on virtual threads must call clustered objects inside requests. Keep
 * requests short (a task, not a thread's whole life): a request that never ends holds up every
 * destruction and swap.
 *
 * <p>Requests nest; a nested request counts again, which is harmless. Never wait inside a request
 * for something that waits for requests to end ({@link org.k42j.runtime.ClusteredObjects#hotSwap}
 * refuses to run in one, and a destroy from inside one is completed after it ends).
 */
public final class Requests {
  private Requests() {}

  /** Starts a request on the calling thread; close the result to end it. */
  public static Request enter() {
    int counter = Quiescence.global().enter(stripe());
    OpenRequests open = RequestDepth.ofCallingWaiter();
    open.entered(Quiescence.global().generationOf(counter)); // after the counter
    return new Request(counter, open);
  }

  /**
   * The calling thread's processor, which only spreads requests over counters: a thread the
   * installed identity gives no processor (a plain thread while the kernel runs) counts on 0.
   */
  private static int stripe() {
    try {
      return InstalledMachine.current();
    } catch (NotOnProcessorException notOnAProcessor) {
      return 0;
    }
  }

  /** Runs {@code work} as one request. */
  public static void run(Runnable work) {
    Objects.requireNonNull(work, "work is null; pass the unit of work to run as a request");
    try (Request request = enter()) {
      work.run();
    }
  }

  /** Runs {@code work} as one request and returns its result. */
  public static <V> V call(Supplier<V> work) {
    Objects.requireNonNull(work, "work is null; pass the unit of work to run as a request");
    try (Request request = enter()) {
      return work.get();
    }
  }

  /** An executor that runs each task given to it on {@code executor}, as one request. */
  public static Executor executor(Executor executor) {
    Objects.requireNonNull(executor, "executor is null; pass the executor to run requests on");
    return task -> {
      Objects.requireNonNull(task, "task is null");
      executor.execute(() -> run(task));
    };
  }

  /** Whether the calling thread is inside a request now. */
  public static boolean inRequest() {
    return RequestDepth.inRequest();
  }

  /**
   * Waits until every request that was running when this was called has ended (a grace period).
   *
   * @throws IllegalStateException when called inside a request, which would wait for itself
   */
  public static void awaitQuiescence() {
    if (inRequest()) {
      throw new IllegalStateException(
          "awaitQuiescence() was called inside a request, which would wait for itself; call it"
              + " after the request ends");
    }
    Quiescence.global().awaitGracePeriod(UnboundedGraceWait.INSTANCE);
  }
}

package org.k42j.runtime.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A grace period for calls made outside any request, observed from outside the calling threads:
 * RCU's quiescent state per thread, with "a thread seen outside every method of the object" as the
 * quiescent state. Request counting ({@link Quiescence}) cannot see a plain thread that calls a
 * clustered object outside a request, and counting each call would cost the hit path two atomic
 * instructions; this scan costs the hit path nothing.
 *
 * <h2>Design</h2>
 *
 * <p>After an object has been unlinked (its row emptied, so every call that starts from now on
 * reads a new entry), the scan takes the stacks of every live platform thread ({@link
 * ThreadMXBean#dumpAllThreads(boolean, boolean, int)}: one safepoint, whole stacks; HotSpot reports
 * inlined frames too, so a frame of a method the JIT inlined into its caller still shows), then
 * samples only the threads still inside, and waits until each thread has been seen at least once
 * with no frame of the object's own classes: its dispatcher, miss object, guards, interposition
 * proxies, reps and root (with their superclasses up to the runtime's shared bases: the runtime's
 * own classes, told by package and by being loaded from the runtime's code source, so an object
 * whose classes share the runtime's package names is watched too). Every call through the object's
 * handle has the dispatcher's frame on the stack from before it reads the row entry until it
 * returns, so a thread seen without such a frame holds no entry, rep or guard read before the
 * unlink, and every call it starts afterwards reads the emptied row. The classes are shared by
 * every object of the contract, so the scan is conservative: a thread inside another object of the
 * same contract is waited for too.
 *
 * <p>Invariants: the scan starts after the unlink (its first stack sample is a safepoint that
 * follows the unlinking stores); a thread is released only by a sample that shows it outside every
 * method of the object's classes, or dead; the scanning thread never waits for itself; threads that
 * did not exist at the first sample are not waited for (they started after the unlink). Virtual
 * threads (JDK 21 and later) and the continuations of the kernel's continuation backend are not in
 * the thread dump: code on them must call clustered objects inside requests, which {@link
 * Quiescence} waits for.
 */
final class CallerScan {
  private static final int YIELDS_BEFORE_PARK = 8;
  private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final Set<String> classes;
  private volatile int samples; // written by the scanning thread only

  private CallerScan(Set<String> classes) {
    this.classes = classes;
  }

  /**
   * A scan for calls into {@code parts} (the handle, the miss object, reps, entries, the root):
   * their classes and, for each, its superclasses up to the runtime's shared bases.
   */
  static CallerScan of(Collection<?> parts) {
    Set<String> classes = new HashSet<>();
    for (Object part : parts) {
      if (part == null) {
        continue;
      }
      for (Class<?> type = part.getClass(); type != null && !shared(type); ) {
        classes.add(type.getName());
        type = type.getSuperclass();
      }
    }
    return new CallerScan(classes);
  }

  /**
   * The runtime's and the JDK's own classes, which every object's calls pass through. A runtime
   * class is one of the runtime's packages loaded from where this class was: classes of another
   * code source that share the runtime's package names (tests' contracts, classes generated at run
   * time, whose code source is none) belong to their objects and are watched.
   */
  static boolean shared(Class<?> type) {
    String name = type.getName();
    if (type == Object.class || name.startsWith("java.") || name.startsWith("jdk.internal.")) {
      return true;
    }
    if (!name.startsWith("org.k42j.runtime.")) {
      return false;
    }
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return RUNTIME_SOURCE == null || (source != null && sameLocation(source, RUNTIME_SOURCE));
  }

  private static final CodeSource RUNTIME_SOURCE =
      CallerScan.class.getProtectionDomain().getCodeSource();

  private static boolean sameLocation(CodeSource a, CodeSource b) {
    return Objects.equals(String.valueOf(a.getLocation()), String.valueOf(b.getLocation()));
  }

  /**
   * Waits until every live platform thread other than the caller has been seen at least once
   * outside every method of the object's classes.
   */
  void awaitCallersGone() {
    long[] pending = stillInside(null);
    samples = 1;
    for (int round = 0; pending.length > 0; round++) {
      pause(round);
      pending = stillInside(pending);
      samples = samples + 1;
    }
  }

  /**
   * One sample: of the threads {@code candidates} names (every live thread but the caller, when
   * null), those whose stacks show a frame of the object's classes now. Threads are named by id and
   * sampled through the {@link ThreadMXBean} (whole stacks, one safepoint per sample).
   */
  private long[] stillInside(long[] candidates) {
    ThreadInfo[] threads =
        candidates == null
            ? Sampler.THREADS.dumpAllThreads(false, false, Integer.MAX_VALUE)
            : Sampler.THREADS.getThreadInfo(candidates, Integer.MAX_VALUE);
    long me = Thread.currentThread().getId();
    long[] inside = new long[threads.length];
    int count = 0;
    for (ThreadInfo thread : threads) {
      // null: the thread has died since it was named
      if (thread != null && thread.getThreadId() != me && inside(thread.getStackTrace())) {
        inside[count++] = thread.getThreadId();
      }
    }
    return Arrays.copyOf(inside, count);
  }

  /** Stack samples taken so far (for the Flight Recorder events). */
  int samples() {
    return samples;
  }

  private boolean inside(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (classes.contains(frame.getClassName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lets the threads still inside run on: yields first, then parks a little longer each round,
   * through the identity's parking (a user-level thread gives its processor to its dispatcher).
   */
  private static void pause(int round) {
    if (round < YIELDS_BEFORE_PARK) {
      Waiters.parking().pause();
    } else {
      int doublings = Math.min(round - YIELDS_BEFORE_PARK, 7);
      Waiters.parking().parkNanos(Math.min(MAX_PARK_NANOS, 10_000L << doublings));
    }
  }

  /** The thread sampler, loaded on the first sample rather than with the scan. */
  private static final class Sampler {
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  }
}

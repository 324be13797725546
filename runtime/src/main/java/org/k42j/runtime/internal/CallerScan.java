package org.k42j.runtime.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.k42j.runtime.quiescence.Quiescence;

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
 * <p><b>Virtual threads.</b> The bean knows platform threads only. Virtual threads are seen through
 * a {@link VirtualThreadView}: the JDK's thread containers, with each virtual thread's own stack
 * (when {@code java.base} exports {@code jdk.internal.vm} to the runtime), or the JDK's JSON thread
 * dump (JDK 21 to 24), or not at all. The first sample takes both; later samples look only at the
 * threads still inside, platform ones through the bean and virtual ones through the view. Calls on
 * virtual threads the view sees need no request and cost nothing on the call path.
 *
 * <p>Invariants: the scan starts after the unlink (its first sample follows the unlinking stores);
 * a thread is released only by a sample that shows it outside every method of the object's classes,
 * or dead; the scanning thread never waits for itself; threads that did not exist at the first
 * sample are not waited for (they started after the unlink). The continuations of the kernel's
 * continuation backend, unmounted, are in no dump: code on them calls inside requests, which {@link
 * Quiescence} waits for (a call that read an exclusive rep's guard outside one and reaches it
 * retired goes again through the handle, or is refused by name when it visits the reps slot by
 * slot, never lost; see {@link RepGuard}).
 */
final class CallerScan {
  private static final long FIRST_PARK_NANOS = 20_000L;
  private static final long MAX_PARK_NANOS = 1_000_000L;

  private final Set<String> classes;
  // For a swap's or destroy's scan: the handle's classes (a frame of one begins a call), the
  // classes of the reps and guards the calls must not reach, and the frame that shows a call
  // passed (its mediator's, or the refusal's).
  private Set<String> handleClasses;
  private Set<String> repClasses;
  private Set<String> guardClasses; // those of repClasses that are guards
  private String passed;
  private volatile int samples; // written by the scanning thread only

  private CallerScan(Set<String> classes) {
    this.classes = classes;
  }

  private static final String MEDIATOR = Mediator.class.getName();
  private static final String REFUSAL = Refusal.class.getName();
  // The run-time path's guard base, whose redispatch$ issues a retired guard's call again through
  // the handle by reflection (named, not imported: that package builds on this one).
  private static final String RUNTIME_GUARD = "org.k42j.runtime.clustering.internal.RuntimeGuard";

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
   * Waits until every live thread other than the caller that the scan can see (every platform
   * thread, and the virtual threads its {@link VirtualThreadView} lists) has been seen at least
   * once outside every method of the object's classes.
   */
  void awaitCallersGone() {
    awaitCallersGone(null);
  }

  /**
   * As {@link #awaitCallersGone()}, within {@code wait}'s bound (unbounded when null), naming the
   * threads still inside while it waits long.
   *
   * @throws org.k42j.runtime.LifecycleTimeoutException when the bound passes first
   */
  void awaitCallersGone(LifecycleWait wait) {
    VirtualThreadView virtualThreads = VirtualThreadView.forScan();
    long[] platform = stillInside(null);
    long[] virtual = virtualThreads.insideOrNone(this::inside);
    samples = 1;
    for (int round = 0; platform.length + virtual.length > 0; round++) {
      if (wait != null) {
        long[] holders = concat(platform, virtual);
        wait.check("caller scan", () -> describe(holders, virtualThreads));
      }
      pause(round);
      platform = platform.length == 0 ? platform : stillInside(platform);
      virtual =
          virtual.length == 0 ? virtual : virtualThreads.stillInsideOrNone(virtual, this::inside);
      samples = samples + 1;
    }
  }

  private static long[] concat(long[] first, long[] second) {
    long[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  /**
   * One sample: of the platform threads {@code candidates} names (every live platform thread but
   * the caller, when null), those whose stacks show a frame of the object's classes now. Threads
   * are named by id and sampled through the {@link ThreadMXBean} (whole stacks, one safepoint per
   * sample).
   */
  private long[] stillInside(long[] candidates) {
    ThreadInfo[] threads =
        candidates == null
            ? Sampler.THREADS.dumpAllThreads(false, false, Integer.MAX_VALUE)
            : Sampler.THREADS.getThreadInfo(candidates, Integer.MAX_VALUE);
    if (candidates == null) {
      VirtualThreadView.warnIfBlind(VirtualThreadView.KIND, threads);
    }
    return inside(threads);
  }

  /** Of {@code threads}, the ids of those whose stacks show a frame of the object's classes. */
  private long[] inside(ThreadInfo[] threads) {
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

  /** The threads {@code ids} names, each with its innermost frame of the object's classes. */
  private String describe(long[] ids, VirtualThreadView virtualThreads) {
    StringBuilder text = new StringBuilder("threads still inside the object: ");
    ThreadInfo[] threads = Sampler.THREADS.getThreadInfo(ids, Integer.MAX_VALUE);
    for (int i = 0; i < threads.length && i < 16; i++) {
      ThreadInfo thread = threads[i];
      text.append(i == 0 ? "" : "; ");
      if (thread == null) {
        StackTraceElement[] stack = virtualThreads.stackOf(ids[i]);
        text.append("virtual thread #").append(ids[i]);
        if (stack == null) {
          text.append(" (or a thread that has ended)");
        } else {
          appendFrameInside(text, stack);
        }
        continue;
      }
      text.append("thread '").append(thread.getThreadName()).append('\'');
      appendFrameInside(text, thread.getStackTrace());
    }
    if (threads.length > 16) {
      text.append("; and ").append(threads.length - 16).append(" more");
    }
    return text.toString();
  }

  /** Appends " at" the innermost frame of {@code stack} in the object's classes, if it has one. */
  private void appendFrameInside(StringBuilder text, StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (classes.contains(frame.getClassName())) {
        text.append(" at ").append(frame);
        return;
      }
    }
  }

  /** Stack samples taken so far (for the Flight Recorder events). */
  int samples() {
    return samples;
  }

  private boolean inside(StackTraceElement[] stack) {
    return inside(VirtualThreadView.classes(stack));
  }

  /**
   * Whether a thread whose frames' classes are {@code frames} (innermost first) may still be inside
   * the object through an entry read before the unlink: it has a frame of the object's classes and,
   * for a swap's or destroy's scan, one of its calls through a handle has reached a rep or guard
   * without passing first: a call that passed a swap's mediator is counted (the swap's drain waits
   * for it), a call that reached the destroyed object's refusal leaves it without touching a rep.
   * Each call through a handle counts on its own, starting at a frame of the handle's classes: a
   * call nested in a passed one (a rep calling another object of the contract), or started again
   * from the dispatcher by the mediator of a swap that is done, may have read an old entry. A guard
   * whose next frame is the handle's found itself retired and calls again through the handle (a
   * live guard's next frame is its rep's, or the runtime's lock): that call is judged on its own.
   */
  boolean inside(List<String> frames) {
    int outermost = -1;
    for (int i = frames.size() - 1; i >= 0; i--) {
      if (classes.contains(frames.get(i))) {
        outermost = i;
        break;
      }
    }
    if (outermost < 0) {
      return false;
    }
    if (repClasses == null) {
      return true;
    }
    boolean callPassed = false;
    for (int i = outermost; i >= 0; i--) {
      String frame = frames.get(i);
      boolean callBegins =
          i < outermost
              && handleClasses.contains(frame)
              && !handleClasses.contains(frames.get(i + 1));
      if (callBegins) {
        if (!callPassed) {
          return true; // a call that neither passed nor reached a rep: its entry is unknown
        }
        callPassed = false;
      } else if (callPassed) {
        continue;
      }
      if (frame.equals(passed)) {
        callPassed = true; // counted or held by a swap's mediator, or refused as destroyed
      } else if (guardClasses.contains(frame) && goesAgainThroughTheHandle(frames, i)) {
        callPassed = true; // a retired guard's call, going again through the handle: judged there
      } else if (repClasses.contains(frame)) {
        return true;
      }
    }
    return !callPassed; // between reading an entry and reaching its rep: which entry is unknown
  }

  /**
   * Whether the frames inside the guard frame at {@code guard} issue its call again through the
   * handle: the handle's frame next, as a processor-generated guard re-dispatches, or after only
   * the run-time path's {@code RuntimeGuard.redispatch$} and the JDK's reflection frames, as a
   * guard the run-time path generates does. A rep's frame in between is a rep calling its object.
   */
  private boolean goesAgainThroughTheHandle(List<String> frames, int guard) {
    for (int j = guard - 1; j >= 0; j--) {
      String frame = frames.get(j);
      if (handleClasses.contains(frame)) {
        return true;
      }
      if (!frame.equals(RUNTIME_GUARD)
          && !frame.startsWith("java.")
          && !frame.startsWith("jdk.internal.")) {
        return false;
      }
    }
    return false;
  }

  /**
   * This scan, for a hot swap that has put its {@link Mediator} in front of {@code reps}: a thread
   * whose call through {@code handle} passed a mediator before reaching one of these reps or their
   * guards is not waited for, since the mediator counts that call (or holds it) and the swap drains
   * it. Calls that read their entry before the mediator was installed reach a rep without passing
   * it, and are waited for as before.
   */
  CallerScan countingMediatedCalls(Object handle, RepSlots reps) {
    return passing(handle, reps, MEDIATOR);
  }

  /**
   * This scan, for a destroy of the object whose last reps are {@code reps}: a thread whose call
   * through {@code handle} is being refused as destroyed (it has a frame of {@link Refusal} before
   * any of these reps or their guards) reaches no rep, so it is not waited for; a caller that keeps
   * calling a destroyed object is seen there, rather than only in the moments between its calls.
   */
  CallerScan skippingRefusedCalls(Object handle, RepSlots reps) {
    return passing(handle, reps, REFUSAL);
  }

  private CallerScan passing(Object handle, RepSlots reps, String passFrame) {
    List<Object> parts = new ArrayList<>();
    List<Object> guards = new ArrayList<>();
    for (int slot = 0; slot < reps.length(); slot++) {
      parts.add(reps.reps.get(slot));
      parts.add(reps.entries.get(slot));
      if (reps.entries.get(slot) instanceof RepGuard) {
        guards.add(reps.entries.get(slot));
      }
    }
    CallerScan scan = new CallerScan(classes);
    scan.handleClasses = of(Collections.singletonList(handle)).classes;
    scan.repClasses = of(parts).classes;
    scan.guardClasses = of(guards).classes;
    scan.passed = passFrame;
    return scan;
  }

  /**
   * Lets the threads still inside run on: parks, through the identity's parking (a user-level
   * thread gives its processor to its dispatcher), {@value #FIRST_PARK_NANOS} ns at first and twice
   * as long each round up to {@value #MAX_PARK_NANOS} ns. Parking rather than yielding: on an
   * oversubscribed host a yielding thread stays runnable behind every other one and waits a time
   * slice each of them to sample again, while a parked one leaves the processor to the threads it
   * waits for and, woken by its timer, runs again at once.
   */
  private static void pause(int round) {
    Waiters.parking().parkNanos(Math.min(MAX_PARK_NANOS, FIRST_PARK_NANOS << Math.min(round, 7)));
  }

  /** The thread sampler, loaded on the first sample rather than with the scan. */
  private static final class Sampler {
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  }
}

package org.k42j.runtime.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * How one caller scan sees virtual threads, which the {@link ThreadMXBean} that samples platform
 * threads does not list. One way is chosen per JVM ({@link #KIND}):
 *
 * <ul>
 *   <li>{@link Kind#THREAD_CONTAINERS}: the JDK's thread containers list every virtual thread
 *       ({@link ThreadContainerWalk}, needs {@code --add-exports java.base/jdk.internal.vm=...})
 *       and each one's own {@code getStackTrace()} gives its stack; later samples look only at the
 *       virtual threads still inside, one {@code getStackTrace()} each. Safe on every JDK 21+.
 *   <li>{@link Kind#JSON_DUMP}: the JDK's JSON thread dump ({@link FullThreadDump}), public API,
 *       but a whole dump per sample; the default on JDK 21 to 24 without the export, and on JDK 25
 *       only with {@code -Dk42j.scan.virtualThreads=true}, because there the dump's per-thread
 *       snapshot can crash the JVM while virtual threads mount and unmount (JDK-8364343, seen on
 *       Temurin 25.0.3 with virtual threads parking with a timeout).
 *   <li>{@link Kind#NONE}: JDK 17-20 (no virtual threads), {@code
 *       -Dk42j.scan.virtualThreads=false}, or JDK 25+ without the export: calls on virtual threads
 *       must then be inside requests to be waited for (a late call on an exclusive rep meets the
 *       rep's retired guard instead, and goes again through the handle).
 * </ul>
 *
 * <p>Invariants: a view reports a virtual thread inside only from a stack taken after the scan
 * began (so after the unlink); a thread that ended counts as gone (its stack is empty); a view's
 * second and later samples look only at threads its earlier samples found inside. A view belongs to
 * one scan, on one thread.
 */
abstract class VirtualThreadView {
  /** The ways to see virtual threads; see the class comment. */
  enum Kind {
    THREAD_CONTAINERS,
    JSON_DUMP,
    NONE
  }

  /** This JVM's way, fixed at class initialization. */
  static final Kind KIND = choose(System.getProperty("k42j.scan.virtualThreads", ""));

  static Kind choose(String setting) {
    if (!VirtualThreads.exist() || setting.equals("false")) {
      return Kind.NONE;
    }
    if (ThreadContainerWalk.available()) {
      return Kind.THREAD_CONTAINERS;
    }
    if (FullThreadDump.available()
        && !"false".equals(System.getProperty("jdk.trackAllThreads"))
        && (Runtime.version().feature() < 25 || setting.equals("true"))) {
      // (Without tracking, the dump walks the same containers and misses virtual threads started
      // directly: no view, rather than one that claims to see them.)
      return Kind.JSON_DUMP;
    }
    return Kind.NONE;
  }

  private static final System.Logger LOG = System.getLogger("org.k42j.runtime.lifecycle");
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  /** The once-per-JVM warning of {@link #warnIfBlind}. */
  static final String BLIND_WARNING =
      "k42j: virtual threads are running, but destroys and hot swaps cannot see them: calls they"
          + " make outside requests are not waited for (on thread-safe reps such a call can be"
          + " lost or run after a destroy; exclusive reps re-dispatch it). Run the JVM with"
          + " --add-exports java.base/jdk.internal.vm=ALL-UNNAMED (=org.k42j.runtime on the module"
          + " path), or make those calls inside requests (Requests.run)";

  /** Forgets that the warning was given, so a test can see it again. */
  static void forgetWarningForTests() {
    WARNED.set(false);
  }

  /**
   * Warns once per JVM, through the lifecycle's logger, when this JVM's view ({@code kind}) sees no
   * virtual thread although one is running now: a sampled platform thread carries one (a frame of
   * {@code java.lang.VirtualThread} on a carrier's stack). Returns whether it warned now.
   */
  static boolean warnIfBlind(Kind kind, ThreadInfo[] platformThreads) {
    if (kind != Kind.NONE || !VirtualThreads.exist() || WARNED.get()) {
      return false;
    }
    for (ThreadInfo thread : platformThreads) {
      if (thread != null && carriesVirtualThread(thread.getStackTrace())) {
        if (WARNED.compareAndSet(false, true)) {
          LOG.log(System.Logger.Level.WARNING, BLIND_WARNING);
          return true;
        }
        return false;
      }
    }
    return false;
  }

  private static boolean carriesVirtualThread(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().equals("java.lang.VirtualThread")) {
        return true;
      }
    }
    return false;
  }

  /** A view for one scan. */
  static VirtualThreadView forScan() {
    switch (KIND) {
      case THREAD_CONTAINERS:
        return new Containers();
      case JSON_DUMP:
        return new JsonDump();
      default:
        return new Blind();
    }
  }

  /**
   * The ids of the virtual threads alive now, as this JVM's way lists them (none when it has none):
   * for telling a virtual thread's open request from one whose thread has ended.
   */
  static Set<Long> liveVirtualThreadIds() {
    Set<Long> ids = new HashSet<>();
    try {
      collectLiveIds(ids);
    } catch (RuntimeException refused) {
      ids.clear(); // none listed: the grace period waits for their requests itself
    }
    return ids;
  }

  private static void collectLiveIds(Set<Long> ids) {
    switch (KIND) {
      case THREAD_CONTAINERS:
        for (Thread thread : ThreadContainerWalk.virtualThreads()) {
          ids.add(thread.getId());
        }
        break;
      case JSON_DUMP:
        for (FullThreadDump.DumpedThread thread : FullThreadDump.dump()) {
          ids.add(thread.id()); // platform threads' ids too: never a virtual thread's
        }
        break;
      default:
        break;
    }
  }

  /**
   * {@link #inside}, or none when the JDK refuses the view (its internals changed, a dump failed):
   * the destroy or swap then goes on as if the JVM gave no view, and says so once in the log,
   * rather than failing with an error about something the user did not do.
   */
  final long[] insideOrNone(Predicate<List<String>> inside) {
    try {
      return inside(inside);
    } catch (RuntimeException refused) {
      return refused(refused);
    }
  }

  /** {@link #stillInside}, or none when the JDK refuses the view, as {@link #insideOrNone}. */
  final long[] stillInsideOrNone(long[] pending, Predicate<List<String>> inside) {
    try {
      return stillInside(pending, inside);
    } catch (RuntimeException refused) {
      return refused(refused);
    }
  }

  private static long[] refused(RuntimeException why) {
    if (WARNED.compareAndSet(false, true)) {
      LOG.log(
          System.Logger.Level.WARNING,
          "k42j: the caller scan could not list virtual threads ("
              + why
              + "); destroys and hot swaps go on without waiting for calls that virtual threads"
              + " make outside requests. Make those calls inside requests (Requests.run), or run"
              + " with -Dk42j.scan.virtualThreads=false to stop trying",
          why);
    }
    return new long[0];
  }

  /**
   * The first sample: the ids of the virtual threads (not the caller) whose stacks, taken now,
   * {@code inside} accepts (frame class names, innermost first).
   */
  abstract long[] inside(Predicate<List<String>> inside);

  /**
   * A later sample: of {@code pending} (from earlier samples), those {@code inside} still accepts.
   */
  abstract long[] stillInside(long[] pending, Predicate<List<String>> inside);

  /**
   * The stack now of the virtual thread {@code id} that an earlier sample found inside, for naming
   * where it is while a destroy or swap waits for it; null when this view keeps no thread to ask.
   */
  StackTraceElement[] stackOf(long id) {
    return null;
  }

  /** Listed by the thread containers; each stack from the thread itself. */
  private static final class Containers extends VirtualThreadView {
    private final Map<Long, Thread> seen = new HashMap<>();

    @Override
    long[] inside(Predicate<List<String>> inside) {
      Thread me = Thread.currentThread();
      List<Long> found = new ArrayList<>();
      for (Thread thread : ThreadContainerWalk.virtualThreads()) {
        if (thread != me && inside.test(classes(thread.getStackTrace()))) {
          seen.put(thread.getId(), thread);
          found.add(thread.getId());
        }
      }
      return found.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    long[] stillInside(long[] pending, Predicate<List<String>> inside) {
      long[] still = new long[pending.length];
      int count = 0;
      for (long id : pending) {
        Thread thread = seen.get(id);
        if (inside.test(classes(thread.getStackTrace()))) { // an ended thread's stack is empty
          still[count++] = id;
        }
      }
      return Arrays.copyOf(still, count);
    }

    @Override
    StackTraceElement[] stackOf(long id) {
      Thread thread = seen.get(id);
      return thread == null ? null : thread.getStackTrace();
    }
  }

  /** The JDK's whole JSON dump for every sample. */
  private static final class JsonDump extends VirtualThreadView {
    @Override
    long[] inside(Predicate<List<String>> inside) {
      List<Long> candidates = new ArrayList<>();
      long me = Thread.currentThread().getId();
      for (FullThreadDump.DumpedThread thread : FullThreadDump.dump()) {
        if (thread.id() != me && inside.test(thread.frameClasses())) {
          candidates.add(thread.id());
        }
      }
      // The dump lists platform threads too: keep those the bean does not know (virtual threads,
      // or threads that ended since, which the next sample drops).
      long[] ids = candidates.stream().mapToLong(Long::longValue).toArray();
      ThreadInfo[] platform = Platform.THREADS.getThreadInfo(ids, 0);
      long[] virtual = new long[ids.length];
      int count = 0;
      for (int i = 0; i < ids.length; i++) {
        if (platform[i] == null) {
          virtual[count++] = ids[i];
        }
      }
      return Arrays.copyOf(virtual, count);
    }

    @Override
    long[] stillInside(long[] pending, Predicate<List<String>> inside) {
      Set<Long> wanted = new HashSet<>();
      for (long id : pending) {
        wanted.add(id);
      }
      List<Long> still = new ArrayList<>();
      for (FullThreadDump.DumpedThread thread : FullThreadDump.dump()) {
        if (wanted.contains(thread.id()) && inside.test(thread.frameClasses())) {
          still.add(thread.id());
        }
      }
      return still.stream().mapToLong(Long::longValue).toArray();
    }
  }

  /** Sees no virtual thread. */
  private static final class Blind extends VirtualThreadView {
    @Override
    long[] inside(Predicate<List<String>> inside) {
      return new long[0];
    }

    @Override
    long[] stillInside(long[] pending, Predicate<List<String>> inside) {
      return new long[0];
    }
  }

  static List<String> classes(StackTraceElement[] stack) {
    List<String> frames = new ArrayList<>(stack.length);
    for (StackTraceElement frame : stack) {
      frames.add(frame.getClassName());
    }
    return frames;
  }

  /** The platform threads' bean, loaded on first use. */
  private static final class Platform {
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  }
}

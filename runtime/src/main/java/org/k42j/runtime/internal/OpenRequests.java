package org.k42j.runtime.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * One waiter's open requests ({@link org.k42j.runtime.lifecycle.Requests}): its nesting depth, and
 * when and (with {@code -Dk42j.requests.entrySites=true}) where its outermost open request entered,
 * so that a destroy or swap that waits long for a grace period can name the threads holding it. A
 * record is made once per waiter and found again through the caller's thread local (or, for a
 * kernel's user-level thread, this registry).
 *
 * <p>A request pays one {@code System.nanoTime()} more when it is a waiter's outermost; the entry
 * site costs a stack walk per outermost request, so it is recorded only when asked for.
 *
 * <p>Invariants: {@code depth}, {@code openByGeneration}, {@code enteredAt} and {@code site} are
 * written only by the record's own waiter and read racily by others: diagnostics (a stale read only
 * makes a report less exact) and {@link #openOnScannedThreads}, whose bound holds by the order of
 * these writes around the request's counter update; a record is in the registry from its waiter's
 * first request until the waiter is collected (records are held weakly; a record names its thread
 * by id and name, never holding it).
 */
public final class OpenRequests {
  private static final boolean RECORD_SITES = Boolean.getBoolean("k42j.requests.entrySites");
  // Records of threads, held weakly (a thread's record lives as long as its thread local), and
  // never a reference to a Thread: a model checker that snapshots what the request path touches
  // must not be led into the JDK's thread objects. Records of other waiters (a kernel's
  // user-level threads), by waiter.
  private static final List<WeakReference<OpenRequests>> THREADS = new ArrayList<>();
  private static int purgeAt = 64; // guarded by THREADS

  @SuppressWarnings("unchecked")
  private static final Map<Object, OpenRequests>[] WAITERS = new Map[16]; // striped by identity

  static {
    for (int i = 0; i < WAITERS.length; i++) {
      WAITERS[i] = new WeakHashMap<>();
    }
  }

  private final long threadId; // -1 for a waiter that is not a thread
  private final boolean platformThread;
  private final boolean virtualThread;
  private final String name;
  private int depth;
  private final int[] openByGeneration = new int[2]; // open requests per generation parity
  private long enteredAt;
  private StackTraceElement site;

  private OpenRequests(Object waiter) {
    if (waiter instanceof Thread) {
      Thread thread = (Thread) waiter;
      this.threadId = thread.getId();
      this.virtualThread = VirtualThreads.isVirtual(thread);
      this.platformThread = !virtualThread;
      this.name =
          thread.getName().isEmpty()
              ? (virtualThread ? "virtual thread #" : "thread #") + threadId
              : "thread '" + thread.getName() + "'";
    } else {
      this.threadId = -1;
      this.platformThread = false;
      this.virtualThread = false;
      this.name = String.valueOf(waiter);
    }
  }

  /** The calling thread's record, made and registered once (its thread local keeps it). */
  public static OpenRequests ofCurrentThread() {
    OpenRequests record = new OpenRequests(Thread.currentThread());
    synchronized (THREADS) {
      if (THREADS.size() >= purgeAt) { // amortised: the list at most doubles between purges
        THREADS.removeIf(reference -> reference.get() == null);
        purgeAt = Math.max(64, 2 * THREADS.size());
      }
      THREADS.add(new WeakReference<>(record));
    }
    return record;
  }

  /** The record of {@code waiter}, a waiter that is not a thread, made on its first request. */
  public static OpenRequests of(Object waiter) {
    Map<Object, OpenRequests> stripe =
        WAITERS[System.identityHashCode(waiter) & (WAITERS.length - 1)];
    synchronized (stripe) {
      return stripe.computeIfAbsent(waiter, OpenRequests::new);
    }
  }

  /** Every record now. */
  private static List<OpenRequests> all() {
    List<OpenRequests> all = new ArrayList<>();
    synchronized (THREADS) {
      for (WeakReference<OpenRequests> reference : THREADS) {
        OpenRequests record = reference.get();
        if (record != null) {
          all.add(record);
        }
      }
    }
    for (Map<Object, OpenRequests> stripe : WAITERS) {
      synchronized (stripe) {
        all.addAll(stripe.values());
      }
    }
    return all;
  }

  /** By its waiter: a request started, counted in generation parity {@code generation}. */
  public void entered(int generation) {
    openByGeneration[generation]++;
    if (depth++ == 0) {
      enteredAt = System.nanoTime();
      if (RECORD_SITES) {
        site = callerSite();
      }
    }
  }

  /** By its waiter: a request of generation parity {@code generation} ends. */
  public void exited(int generation) {
    openByGeneration[generation]--;
    depth--;
  }

  /**
   * The open requests of generation parity {@code generation} whose waiters are live threads the
   * caller scan sees (platform threads, and virtual threads where its {@link VirtualThreadView}
   * lists them); a lower bound when read after the generation's counters: a request's record is
   * counted after its counter is incremented and uncounted before it is decremented, and its
   * counter's atomic update orders the record's plain write for a reader that saw the update, so a
   * reader never counts here a request its counter read did not count.
   */
  static long openOnScannedThreads(int generation) {
    List<OpenRequests> platform = new ArrayList<>();
    List<OpenRequests> virtual = new ArrayList<>();
    boolean virtualSeen = VirtualThreadView.KIND != VirtualThreadView.Kind.NONE;
    for (OpenRequests record : all()) {
      if (record.openByGeneration[generation] > 0) {
        if (record.platformThread) {
          platform.add(record);
        } else if (record.virtualThread && virtualSeen) {
          virtual.add(record);
        }
      }
    }
    long sum = 0;
    if (!platform.isEmpty()) {
      long[] ids = platform.stream().mapToLong(record -> record.threadId).toArray();
      ThreadInfo[] alive = Threads.BEAN.getThreadInfo(ids, 0); // null: the thread has ended
      for (int i = 0; i < ids.length; i++) {
        if (alive[i] != null) {
          sum += platform.get(i).openByGeneration[generation];
        }
      }
    }
    if (!virtual.isEmpty()) {
      Set<Long> alive = VirtualThreadView.liveVirtualThreadIds();
      for (OpenRequests record : virtual) {
        if (alive.contains(record.threadId)) {
          sum += record.openByGeneration[generation];
        }
      }
    }
    return sum;
  }

  /** Whether the waiter is inside a request now. */
  public boolean open() {
    return depth > 0;
  }

  /**
   * The waiters whose outermost open request entered at or before {@code since} (a {@code
   * System.nanoTime()} value): how long each has been open, where it entered (when recorded) and
   * where its thread is now; or "no request" when none is.
   */
  static String describeOpenSince(long since) {
    List<OpenRequests> open = new ArrayList<>();
    for (OpenRequests record : all()) {
      if (record.depth > 0 && record.enteredAt - since <= 0) {
        open.add(record);
      }
    }
    if (open.isEmpty()) {
      return "requests that have just ended";
    }
    long now = System.nanoTime();
    StringBuilder text = new StringBuilder("requests still open: ");
    for (int i = 0; i < open.size() && i < 16; i++) {
      OpenRequests record = open.get(i);
      text.append(i == 0 ? "" : "; ")
          .append(record.name)
          .append(" (open for ")
          .append((now - record.enteredAt) / 1_000_000)
          .append(" ms, entered ")
          .append(
              record.site != null
                  ? "at " + record.site
                  : "at a site recorded only with -Dk42j.requests.entrySites=true")
          .append(record.whereNow())
          .append(')');
    }
    if (open.size() > 16) {
      text.append("; and ").append(open.size() - 16).append(" more");
    }
    return text.toString();
  }

  /** ", now at Frame" for a live platform thread; empty otherwise. */
  private String whereNow() {
    if (!platformThread) {
      return "";
    }
    ThreadInfo thread = Threads.BEAN.getThreadInfo(threadId, 1);
    return thread == null || thread.getStackTrace().length == 0
        ? ""
        : ", now at " + thread.getStackTrace()[0];
  }

  /** The thread bean, loaded when a report or a grace period first needs it. */
  private static final class Threads {
    static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();
  }

  /** The first frame outside the runtime's request classes: where the request was entered. */
  private static StackTraceElement callerSite() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(f -> !f.getClassName().startsWith("org.k42j.runtime.lifecycle."))
                    .filter(f -> !f.getClassName().equals(OpenRequests.class.getName()))
                    .findFirst()
                    .map(StackWalker.StackFrame::toStackTraceElement)
                    .orElse(null));
  }
}

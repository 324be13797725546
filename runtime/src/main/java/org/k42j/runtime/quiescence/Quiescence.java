package org.k42j.runtime.quiescence;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import org.k42j.runtime.spi.Parking;

/**
 * Tells when every request that started before a point has finished, on every processor: K42's and
 * EbbRT's generation counts, the ancestor of RCU's quiescent-state reclamation.
 *
 * <h2>Design</h2>
 *
 * <p>Activity is counted per <em>request</em> (a unit of work a thread runs: a task, a server
 * request, one event of the kernel's dispatcher), not per call on an object: the clustered hit path
 * reads and writes nothing of this class. Each processor stripe has two activity counters, one per
 * generation, on cache lines of their own. A request increments the counter of the current
 * generation on its processor's stripe when it starts and decrements the same counter when it ends.
 * A grace period flips the generation and waits until every counter of the previous generation is
 * zero: from then on no request that started before the flip is still running, so no thread can
 * still hold a row entry, rep or guard it read before the flip.
 *
 * <p>A request costs two uncontended atomic instructions on a line its processor's threads share
 * (several threads on one stripe only share the line, never wait on it), however many clustered
 * calls it makes; a grace period costs one pass over the stripes, and waits as long as the longest
 * request that was running when it began.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>A request is counted in exactly one generation's counter, the one it decrements when it
 *       ends: {@link #enter} re-reads the generation after incrementing and moves to the new one if
 *       it changed in between.
 *   <li>A request that {@link #enter} counted in generation {@code g} (its re-read saw {@code g})
 *       either incremented before the flip away from {@code g}, and then the grace period that
 *       flips sees its count (the increment and the flip's write and reads are all volatile, so one
 *       of the two sees the other), or it saw the generation after the flip.
 *   <li>Grace periods run one at a time (under {@code gracePeriods}), and each first waits until
 *       the counter its flip makes current is empty, so a request counted there is never older than
 *       the flip and two counters per stripe suffice, even after a bounded grace period gave up
 *       ({@link GraceWait#check}) and left requests in the previous generation's counter.
 *   <li>A grace period waits through its {@link GraceWait}'s {@code Parking}: it spins, pauses,
 *       then parks briefly and re-reads the counters (a request's exit wakes no one, so its cost
 *       stays two atomic instructions). Under the k42j kernel the request it waits for may belong
 *       to another user-level thread of the waiting one's processor, which runs while it parks;
 *       {@code gracePeriodOwner} is owned by waiter, never a monitor that would pin a carrier while
 *       its owner parks, and a grace period waiting for it polls it as it polls the counters (grace
 *       periods are rare and long).
 * </ul>
 */
public final class Quiescence {
  /**
   * Stripes of the process-wide instance: twice the machine's processors rounded up to a power of
   * two, at least 4 and at most 64. Processor ids are folded onto them (threads of two processors
   * on one stripe only share its line), and a grace period scans them all.
   */
  private static final Quiescence GLOBAL = new Quiescence(stripesFor(availableProcessors()));

  static int stripesFor(int processors) {
    return Math.min(64, Integer.highestOneBit(Math.max(2, processors) * 2 - 1) << 1);
  }

  private static int availableProcessors() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Longs per counter: 128 bytes, so two counters never share a cache line (or a line pair). */
  private static final int PAD = 16;

  private static final int SPINS_BEFORE_PAUSE = 256;
  private static final int PAUSES_BEFORE_PARK = 8;
  private static final long PARK_NANOS = 20_000;

  private final int stripes;
  private final AtomicLongArray active; // [generation & 1][stripe], PAD longs apart
  private final AtomicReference<Object> gracePeriodOwner = new AtomicReference<>(); // a waiter
  private volatile long generation;
  private volatile long completedGracePeriods;

  /** A private instance with {@code stripes} stripes (a power of two), for tests and benchmarks. */
  public Quiescence(int stripes) {
    if (Integer.bitCount(stripes) != 1) {
      throw new IllegalArgumentException("stripes must be a power of two, got " + stripes);
    }
    this.stripes = stripes;
    this.active = new AtomicLongArray((2 * stripes + 1) * PAD);
  }

  /** The process-wide instance: requests of every clustered object are counted here. */
  public static Quiescence global() {
    return GLOBAL;
  }

  /**
   * Counts the start of a request on {@code processor} and returns the counter it was counted in,
   * which {@link #exit} must be given when the request ends.
   */
  public int enter(int processor) {
    int stripe = processor & (stripes - 1);
    while (true) {
      long seen = generation;
      int counter = index(seen, stripe);
      active.getAndIncrement(counter);
      if (generation == seen) {
        return counter;
      }
      active.getAndDecrement(counter); // a grace period flipped meanwhile: count in the new one
    }
  }

  /** Counts the end of the request that {@link #enter} counted in {@code counter}. */
  public void exit(int counter) {
    active.getAndDecrement(counter);
  }

  /**
   * Waits until every request that started before this call has ended, as {@code wait}'s waiter,
   * within its bound. Must not be called inside a request (it would wait for itself); callers check
   * with {@link org.k42j.runtime.lifecycle.Requests#inRequest()}.
   *
   * @throws RuntimeException what {@code wait}'s check throws when the bound passes first (the
   *     grace period is then abandoned: the generation may have moved on, which only makes the next
   *     grace period wait for the same requests)
   */
  public void awaitGracePeriod(GraceWait wait) {
    Parking parking = wait.parking();
    long asked = System.nanoTime();
    lockGracePeriods(wait, parking, asked);
    try {
      long previous = generation;
      // The counter the flip makes current must hold no request of an older generation: after a
      // grace period that gave up at its bound, it holds the requests that one left waiting.
      drain(previous + 1, parking, wait, asked);
      long flipped = System.nanoTime();
      generation = previous + 1;
      drain(previous, parking, wait, flipped);
      completedGracePeriods++;
    } finally {
      gracePeriodOwner.set(null);
    }
  }

  /** Takes the grace periods' ownership for {@code wait}'s waiter, polling while another has it. */
  private void lockGracePeriods(GraceWait wait, Parking parking, long asked) {
    Object me = wait.waiter();
    if (gracePeriodOwner.get() == me) {
      throw new IllegalStateException("a grace period was started inside another by its waiter");
    }
    for (int spins = 0; !gracePeriodOwner.compareAndSet(null, me); spins++) {
      if (spins < PAUSES_BEFORE_PARK) {
        parking.pause();
      } else {
        wait.check(
            "grace period",
            () -> "another grace period, which waits for " + wait.describeOpenSince(asked));
        parking.parkNanos(PARK_NANOS);
      }
    }
  }

  /**
   * Waits until no stripe counts a request in {@code generation}'s counter, or, for a destroy or
   * swap whose caller scan follows ({@code wait} hands them over), until every request still
   * counted there belongs to a live platform thread: the scan then tells whether that thread is
   * inside the object, so a request left open (a leak) on a thread outside it delays nothing.
   */
  private void drain(long generation, Parking parking, GraceWait wait, long since) {
    for (int stripe = 0; stripe < stripes; stripe++) {
      int counter = index(generation, stripe);
      for (int spins = 0; active.get(counter) != 0; spins++) {
        if (spins < SPINS_BEFORE_PAUSE) {
          Thread.onSpinWait();
        } else if (spins < SPINS_BEFORE_PAUSE + PAUSES_BEFORE_PARK) {
          parking.pause(); // the request may be another user-level thread of this processor
        } else {
          if (wait.onlyScannedThreadsOpen((int) (generation & 1), counted(generation))) {
            return;
          }
          wait.check("grace period", () -> wait.describeOpenSince(since));
          parking.parkNanos(PARK_NANOS);
        }
      }
    }
  }

  /** The requests counted in {@code generation}'s counters now (a racy sum). */
  private long counted(long generation) {
    long counted = 0;
    for (int stripe = 0; stripe < stripes; stripe++) {
      counted += active.get(index(generation, stripe));
    }
    return counted;
  }

  /** The generation parity (0 or 1) of a counter {@link #enter} returned. */
  public int generationOf(int counter) {
    return (counter / PAD - 1) / stripes;
  }

  /** How many grace periods have completed. */
  public long completedGracePeriods() {
    return completedGracePeriods;
  }

  /** Requests running now, over every stripe and both generations (a racy snapshot). */
  public long activeRequests() {
    long sum = 0;
    for (int g = 0; g < 2; g++) {
      for (int stripe = 0; stripe < stripes; stripe++) {
        sum += active.get(index(g, stripe));
      }
    }
    return sum;
  }

  private int index(long generation, int stripe) {
    // One line of padding before the first counter, so the array header's line holds none.
    return (1 + (int) (generation & 1) * stripes + stripe) * PAD;
  }
}

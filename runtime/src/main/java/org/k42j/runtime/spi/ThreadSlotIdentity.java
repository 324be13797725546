package org.k42j.runtime.spi;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The default processor identity on plain JVM threads: each thread has a stable slot in {@code
 * 0..count-1}, and a thread that finds its slot's rep busy moves to another slot
 * (contention-adaptive, as {@code java.util.concurrent.atomic.Striped64} rehashes its probe).
 *
 * <h2>Design</h2>
 *
 * <p>Reading the real CPU number costs about as much as a compare-and-swap on the JVM and goes
 * stale as soon as the thread migrates, while {@code java.util.concurrent} found per-thread probes
 * that rehash on contention to spread load at least as well. So a slot is a function of the thread:
 * a probe table of {@value #PROBES} ints indexed by the low bits of the thread id holds each
 * thread's slot. The hit path is one load from that table: no {@code ThreadLocal} (which costs more
 * than a whole {@code LongAdder} increment), no allocation, no write. The table has {@value
 * #PROBES} entries (256 KB per identity) so that the threads of a service started together, even
 * 10,000 virtual threads (whose ids are taken from one counter, so nearly consecutive), each have
 * an entry of their own: threads sharing an entry move together (below), and with 4,096 entries
 * 10,000 virtual threads did, so one's move changed another's slot while it was parked inside a
 * rep.
 *
 * <p>Invariants: every probe entry is always in {@code 0..count-1}, so any racy read is a valid
 * slot; entries start at {@code (index % count)}, so any {@code count} threads with consecutive ids
 * (thread pools, benchmark workers) start on distinct slots, except when their ids straddle a
 * multiple of {@value #PROBES} and {@code count} does not divide it (a round-robin table cannot
 * wrap evenly then); {@link #contended()} moves the caller's entry by a plain write, and a lost
 * race only means the thread keeps a valid slot.
 *
 * <p>The runtime reports contention when the thread leaves the contended rep, so a rep that calls
 * back into its own object finds its own guard again (see {@code RepGuard}). Two cases still move a
 * thread that is inside a rep: a call from that rep into another, contended clustered object moves
 * it when that inner call returns; and live threads whose ids are equal modulo {@value #PROBES}
 * share a probe entry, so one's move moves the other. A call back into the outer object then takes
 * a second guard, which deadlocks if another thread does the same in the opposite direction.
 */
public final class ThreadSlotIdentity implements ProcessorIdentity {
  private static final int PROBES = 65_536;
  private static final int MASK = PROBES - 1;
  private static final MethodHandle SLOT_IN;

  static {
    try {
      SLOT_IN =
          MethodHandles.lookup()
              .findStatic(
                  ThreadSlotIdentity.class,
                  "slotIn",
                  MethodType.methodType(int.class, int[].class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final int count;
  private final int[] probes = new int[PROBES];

  /** An identity with {@code count} slots. */
  public ThreadSlotIdentity(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("an identity needs at least one slot, got " + count);
    }
    this.count = count;
    for (int i = 0; i < PROBES; i++) {
      probes[i] = i % count;
    }
  }

  /** One slot per available processor of this JVM. */
  public static ThreadSlotIdentity forAvailableProcessors() {
    return new ThreadSlotIdentity(Runtime.getRuntime().availableProcessors());
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public int current() {
    return slotIn(probes);
  }

  /**
   * {@link #slotIn} with this identity's probe table bound in: the JIT sees the table as a constant
   * of known length, so the masked index needs no bounds check and the table's address is an
   * immediate. The hit path is then the thread id, a mask and one load.
   */
  @Override
  public MethodHandle currentHandle() {
    return MethodHandles.insertArguments(SLOT_IN, 0, (Object) probes);
  }

  @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+; getId() is the same value
  private static int slotIn(int[] probes) {
    return probes[(int) Thread.currentThread().getId() & MASK];
  }

  @Override
  @SuppressWarnings("deprecation")
  public void contended() {
    if (count > 1) {
      int index = (int) Thread.currentThread().getId() & MASK;
      int slot = probes[index];
      probes[index] = slot + 1 == count ? 0 : slot + 1;
    }
  }

  @Override
  public String toString() {
    return "ThreadSlotIdentity[" + count + " slots]";
  }
}

package org.k42j.runtime.spi;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.ref.WeakReference;
import org.k42j.runtime.NotOnProcessorException;
import org.k42j.runtime.ProcessorIdentityException;

/**
 * An identity for programs that dedicate one thread to each processor: an event loop per core, a
 * fixed pool of workers, benchmark threads. Each thread that uses clustered objects first binds
 * itself to a processor id, which it then owns alone until it unbinds; so at most one thread runs
 * on a processor ({@link #oneThreadPerProcessor()} is true), and the exclusive per-processor reps
 * of objects created under this identity have no guard: their methods are plain sequential code
 * with no atomic instruction, as a K42 rep on its processor is.
 *
 * <pre>{@code
 * DedicatedThreadIdentity identity = new DedicatedThreadIdentity(4);
 * try (var machine = Processors.install(identity, UniformTopology.single())) {
 *   PartitionedCounter counter = PartitionedCounter_Factory.create();
 *   // in each of (at most) four worker threads:
 *   try (var binding = identity.bind()) {
 *     counter.increment(); // a plain add on this thread's own rep
 *   }
 * }
 * }</pre>
 *
 * <h2>Design</h2>
 *
 * <p>A thread's processor is found in an open-addressed table of {@code long} entries indexed by
 * the low bits of the thread id; an entry holds {@code threadId << 16 | processor}. The hit path
 * ({@link #currentHandle()}, with the table bound in as a constant) is the thread id, a mask, one
 * load and one compare, the same cost as {@link ThreadSlotIdentity}'s; a thread whose id collides
 * with another bound thread's probes on from there on a slow path. A thread that is not bound gets
 * a {@link NotOnProcessorException} telling it to bind, rather than some other thread's processor.
 *
 * <p>Invariants (writes happen only under this object's monitor; readers take no lock):
 *
 * <ul>
 *   <li>Each processor id has at most one owner, and a bound thread's entry names its owned id; so
 *       no two live bindings share a processor.
 *   <li>Entries never move: a binding's entry is written at the first free slot of its thread's
 *       probe sequence and stays there until unbinding turns it into a tombstone, which later
 *       bindings may reuse but which never becomes empty again. So a thread probing from its home
 *       slot meets no empty slot before its own entry, and a racy read of another slot can only
 *       make the probe look further, never stop early.
 *   <li>A thread's own entry is written by the thread itself (in {@link #bind}) before it can call
 *       {@link #current()}, so it always sees it; other threads' entries are read with opaque loads
 *       (no tearing of the 64-bit word).
 *   <li>A processor whose owner thread has died without unbinding is reclaimed when a binding finds
 *       no free processor.
 * </ul>
 */
public final class DedicatedThreadIdentity implements ProcessorIdentity {
  /** The most processors one identity hands out (an entry keeps the id in its low 16 bits). */
  public static final int MAX_PROCESSORS = 1 << 15;

  private static final int PROCESSOR_BITS = 16;
  private static final long PROCESSOR_MASK = (1L << PROCESSOR_BITS) - 1;
  private static final long EMPTY = 0; // thread ids are positive, so no entry is 0
  private static final long TOMBSTONE = -1; // an unbound entry; its thread id part is never valid
  private static final int MIN_TABLE = 4096;
  private static final VarHandle ENTRIES = MethodHandles.arrayElementVarHandle(long[].class);
  private static final MethodHandle PROCESSOR_IN;

  static {
    try {
      PROCESSOR_IN =
          MethodHandles.lookup()
              .findStatic(
                  DedicatedThreadIdentity.class,
                  "processorIn",
                  MethodType.methodType(int.class, long[].class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final int count;
  private final long[] entries;
  // owners[p]: the thread bound to processor p, or null; guarded by this.
  private final WeakReference<Thread>[] owners;
  // tableSlots[p]: the table slot of processor p's entry, while p is bound; guarded by this.
  private final int[] tableSlots;

  /** An identity with {@code count} processors, {@code 1..}{@value #MAX_PROCESSORS}. */
  @SuppressWarnings("unchecked")
  public DedicatedThreadIdentity(int count) {
    if (count < 1 || count > MAX_PROCESSORS) {
      throw new IllegalArgumentException(
          "a dedicated-thread identity has 1.." + MAX_PROCESSORS + " processors, not " + count);
    }
    this.count = count;
    this.entries = new long[Math.max(MIN_TABLE, Integer.highestOneBit(count) << 2)];
    this.owners = (WeakReference<Thread>[]) new WeakReference<?>[count];
    this.tableSlots = new int[count];
  }

  @Override
  public int count() {
    return count;
  }

  @Override
  public int current() {
    return processorIn(entries);
  }

  /**
   * {@link #processorIn} with this identity's table bound in: the JIT sees the table as a constant
   * of known length, so the hit path is the thread id, a mask, one load and one compare.
   */
  @Override
  public MethodHandle currentHandle() {
    return MethodHandles.insertArguments(PROCESSOR_IN, 0, (Object) entries);
  }

  /** Always: a processor is owned by the one thread bound to it. */
  @Override
  public boolean oneThreadPerProcessor() {
    return true;
  }

  /**
   * Binds the calling thread to the lowest free processor, which it owns until the returned binding
   * is closed.
   *
   * @throws ProcessorIdentityException if the thread is already bound, or every processor is owned
   *     by a live thread
   */
  public synchronized Binding bind() {
    checkUnbound();
    for (int pass = 0; pass < 2; pass++) {
      for (int processor = 0; processor < count; processor++) {
        if (owners[processor] == null) {
          return bindTo(processor);
        }
      }
      reclaimDeadOwners();
    }
    throw new ProcessorIdentityException(
        "all "
            + count
            + " processors of "
            + this
            + " are bound to live threads; close a Binding, or create the identity with more"
            + " processors than threads that use clustered objects");
  }

  /**
   * Binds the calling thread to {@code processor}, which it owns until the returned binding is
   * closed.
   *
   * @throws ProcessorIdentityException if the thread is already bound, the processor is out of
   *     range, or another live thread owns it
   */
  public synchronized Binding bind(int processor) {
    checkUnbound();
    if (processor < 0 || processor >= count) {
      throw new ProcessorIdentityException(
          "processor " + processor + " is not one of " + this + "'s 0.." + (count - 1));
    }
    Thread owner = ownerOf(processor);
    if (owner != null && !owner.isAlive()) {
      release(processor);
      owner = null;
    }
    if (owner != null) {
      throw new ProcessorIdentityException(
          "processor "
              + processor
              + " of "
              + this
              + " is bound to thread '"
              + owner.getName()
              + "'; bind another processor, or close that thread's Binding first");
    }
    return bindTo(processor);
  }

  /** The processor the calling thread is bound to, or -1 if it is not bound. */
  public synchronized int boundProcessor() {
    Thread self = Thread.currentThread();
    for (int processor = 0; processor < count; processor++) {
      if (ownerOf(processor) == self) {
        return processor;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "DedicatedThreadIdentity[" + count + " processors]";
  }

  /**
   * A thread's ownership of a processor; closing it (from any thread, once) frees the processor.
   * The thread must not use clustered objects of this identity after that until it binds again.
   */
  public final class Binding implements AutoCloseable {
    private final int processor;
    private final Thread thread;
    private boolean closed; // guarded by the identity

    private Binding(int processor, Thread thread) {
      this.processor = processor;
      this.thread = thread;
    }

    /** The processor this binding owns. */
    public int processor() {
      return processor;
    }

    /** Frees the processor; a second close does nothing. */
    @Override
    public void close() {
      synchronized (DedicatedThreadIdentity.this) {
        if (!closed) {
          closed = true;
          if (ownerOf(processor) == thread) {
            release(processor);
          }
        }
      }
    }
  }

  @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+; getId() is the same value
  private static long threadId(Thread thread) {
    return thread.getId();
  }

  /** The hit path: the calling thread's entry at its home slot, else the probe. */
  private static int processorIn(long[] entries) {
    long id = threadId(Thread.currentThread());
    long entry = (long) ENTRIES.getOpaque(entries, (int) id & (entries.length - 1));
    if (entry >>> PROCESSOR_BITS == id) {
      return (int) (entry & PROCESSOR_MASK);
    }
    return probe(entries, id);
  }

  /** Past the home slot: linear probing up to the first empty slot. */
  private static int probe(long[] entries, long id) {
    int mask = entries.length - 1;
    int home = (int) id & mask;
    for (int step = 1; step < entries.length; step++) {
      long entry = (long) ENTRIES.getOpaque(entries, (home + step) & mask);
      if (entry == EMPTY) {
        break;
      }
      if (entry != TOMBSTONE && entry >>> PROCESSOR_BITS == id) {
        return (int) (entry & PROCESSOR_MASK);
      }
    }
    Thread self = Thread.currentThread();
    throw new NotOnProcessorException(
        "thread '"
            + self.getName()
            + "' is not bound to a processor of a DedicatedThreadIdentity; call identity.bind()"
            + " in every thread before it uses clustered objects (or install an identity for plain"
            + " threads, such as ThreadSlotIdentity)");
  }

  private Thread ownerOf(int processor) {
    WeakReference<Thread> owner = owners[processor];
    return owner == null ? null : owner.get();
  }

  private void checkUnbound() {
    int processor = boundProcessor();
    if (processor >= 0) {
      throw new ProcessorIdentityException(
          "thread '"
              + Thread.currentThread().getName()
              + "' is already bound to processor "
              + processor
              + " of "
              + this
              + "; close its Binding before binding again");
    }
  }

  private Binding bindTo(int processor) {
    Thread self = Thread.currentThread();
    long id = threadId(self);
    if (id >= 1L << (Long.SIZE - PROCESSOR_BITS - 1)) {
      throw new ProcessorIdentityException(
          "thread id " + id + " does not fit " + this + "'s table entries (ids below 2^47 do)");
    }
    int mask = entries.length - 1;
    int slot = (int) id & mask;
    while (entries[slot] != EMPTY && entries[slot] != TOMBSTONE) {
      slot = (slot + 1) & mask; // at most count of the table's >= 2 * count slots are live
    }
    ENTRIES.setRelease(entries, slot, id << PROCESSOR_BITS | processor);
    owners[processor] = new WeakReference<>(self);
    tableSlots[processor] = slot;
    return new Binding(processor, self);
  }

  private void release(int processor) {
    ENTRIES.setRelease(entries, tableSlots[processor], TOMBSTONE);
    owners[processor] = null;
  }

  private void reclaimDeadOwners() {
    for (int processor = 0; processor < count; processor++) {
      WeakReference<Thread> owner = owners[processor];
      if (owner != null && (owner.get() == null || !owner.get().isAlive())) {
        release(processor);
      }
    }
  }
}

package org.k42j.kernel.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.k42j.kernel.backend.ThreadingBackend;
import org.k42j.kernel.internal.KernelOnly;
import org.k42j.kernel.internal.PendingWork;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.vp.VpThread;

/**
 * The kernel's scheduling core: the virtual processors of one machine, the address spaces, the
 * count of live user-level threads, and the helper threads that run blocking calls. The {@code
 * Kernel} facade boots and shuts it down (use it: this class is public so that the facade, in
 * another package, can construct it); at most one is active in a JVM at a time.
 *
 * <p>Invariants: {@code active} is this scheduler from {@link #start} until {@link #shutdown}
 * finished; {@code live} counts threads admitted and not finished, per processor, without a global
 * lock (a spawn is counted before the thread is posted to its processor, an end in the processor's
 * context when it finishes; see {@link LiveThreads}), and once {@code live} is closing only
 * user-level threads may admit more (to finish their work).
 */
public final class KernelScheduler {
  /** The scheduler of the booted kernel, or null; read by {@link UThread#current}. */
  static volatile KernelScheduler active;

  private final Machine machine;
  private final ThreadingBackend backend;
  private final long seed;
  private final VirtualProcessor[] processors;
  private final List<AddressSpace> addressSpaces = new CopyOnWriteArrayList<>();
  private final List<String> kernelFaults = new CopyOnWriteArrayList<>();
  final ExecutorService blockingExecutor;
  private final AtomicInteger blockingThreads = new AtomicInteger();
  private final LiveThreads live = new LiveThreads();

  /**
   * A scheduler for {@code machine}'s processors on {@code backend}, with lottery seed {@code
   * seed}. Only the kernel makes one ({@link KernelOnly}): use {@code kernel.scheduler()}.
   */
  public KernelScheduler(Machine machine, ThreadingBackend backend, long seed, KernelOnly access) {
    Objects.requireNonNull(access, "access");
    this.machine = Objects.requireNonNull(machine, "machine");
    this.backend = Objects.requireNonNull(backend, "backend");
    this.seed = seed;
    this.processors = new VirtualProcessor[machine.processorCount()];
    for (int id = 0; id < processors.length; id++) {
      processors[id] =
          new VirtualProcessor(
              id, machine.nodeOf(id), this, backend.open(id, "k42j-vp" + id), mix(seed, id, -1));
    }
    ThreadFactory helpers =
        runnable -> {
          Thread thread =
              new Thread(runnable, "k42j-blocking-" + blockingThreads.getAndIncrement());
          thread.setDaemon(true);
          return thread;
        };
    this.blockingExecutor = Executors.newCachedThreadPool(helpers);
  }

  /** Makes this the active scheduler and starts every processor's loop. */
  public void start() {
    active = this;
    for (VirtualProcessor processor : processors) {
      processor.start();
    }
  }

  /** A new address space; {@code register} gives it its pid (the kernel's process table). */
  public AddressSpace createAddressSpace(String name, ToIntFunction<AddressSpace> register) {
    checkOpen("create address space " + name);
    AddressSpace space = new AddressSpace(this, name);
    space.assignPid(register.applyAsInt(space));
    addressSpaces.add(space);
    return space;
  }

  /** Every address space created, in creation order. */
  public List<AddressSpace> addressSpaces() {
    return List.copyOf(addressSpaces);
  }

  /** The machine the processors model. */
  public Machine machine() {
    return machine;
  }

  /** The threading backend. */
  public ThreadingBackend backend() {
    return backend;
  }

  /** Context switches on {@code processor} so far (approximate while it runs). */
  public long switches(int processor) {
    return processor(processor).switches();
  }

  /**
   * Direct hand-offs on {@code processor} so far: switches from one thread straight to another
   * without the scheduler ({@link UThread#parkAndRun}); approximate while it runs.
   */
  public long handOffs(int processor) {
    return processor(processor).handOffs();
  }

  /**
   * The number of user-level threads admitted and not finished: exact while no thread spawns or
   * ends, and never 0 while one is live.
   */
  public int liveThreads() {
    return Math.toIntExact(live.live());
  }

  /** The per-processor spawn and end counts behind {@link #liveThreads()}. */
  LiveThreads liveCounts() {
    return live;
  }

  /** True once {@link #shutdown} has begun: plain threads can start no more work. */
  public boolean closing() {
    return live.closing();
  }

  VirtualProcessor processor(int id) {
    if (id < 0 || id >= processors.length) {
      throw new IllegalArgumentException(
          "virtual processor "
              + id
              + " does not exist; the machine has processors 0.."
              + (processors.length - 1));
    }
    return processors[id];
  }

  VirtualProcessor processorOrNull(int id) {
    return id >= 0 && id < processors.length ? processors[id] : null;
  }

  long seedFor(AddressSpace space, int serial) {
    return mix(seed, space.name().hashCode(), serial);
  }

  private static long mix(long seed, long a, long b) {
    long z = seed ^ (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL);
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    return z ^ (z >>> 33);
  }

  void checkOpen(String what) {
    if (live.closing() && UThread.currentOrNull() == null) {
      throw new KernelClosedException(what);
    }
  }

  /** Counts a thread about to be admitted; refused once closing, except from user threads. */
  void admit(String what) {
    live.admit(what);
  }

  /** A thread finished; in its processor's context. */
  void retired() {
    live.ended();
  }

  /** Cancels every thread of {@code space}, on each processor in its context. */
  void cancelThreadsOf(AddressSpace space) {
    for (VirtualProcessor processor : processors) {
      processor.post(() -> processor.cancelThreadsOf(space));
    }
  }

  /** Cancels, on every processor, the migrated calls running inside {@code space}. */
  void cancelStaysIn(AddressSpace space, String reason) {
    for (VirtualProcessor processor : processors) {
      processor.post(() -> processor.cancelStaysIn(space, reason));
    }
  }

  void kernelFault(String description) {
    kernelFaults.add(description);
  }

  /** The address space of the calling user-level thread or upcall; throws for any other caller. */
  static AddressSpace callerAddressSpace(String what) {
    Thread thread = Thread.currentThread();
    KernelScheduler scheduler = active;
    if (thread instanceof VpThread && scheduler != null) {
      VirtualProcessor processor = scheduler.processorOrNull(((VpThread) thread).processor());
      if (processor != null) {
        if (processor.running != null) {
          return processor.running.dispatcher().addressSpace();
        }
        if (processor.upcalling != null) {
          return processor.upcalling.addressSpace();
        }
      }
    }
    throw new NotOnUserThreadException(what);
  }

  /**
   * Shuts down: refuses new work from plain threads, waits up to {@code graceMillis} for every
   * user-level thread to finish, cancels those that did not ({@link ThreadCancelledException} at
   * their next kernel call) and waits up to {@code cancelMillis} more for them, stops every
   * processor, joins every kernel thread, and reports what was not finished. Returns the report;
   * the kernel is stopped even when the report is not clean. Call from a plain thread.
   */
  public ShutdownReport shutdown(long graceMillis, long cancelMillis) throws InterruptedException {
    if (Thread.currentThread() instanceof VpThread) {
      throw new IllegalStateException(
          "shutdown from a virtual processor would wait for itself; call it from a plain thread");
    }
    live.close();
    List<String> cancelled = new ArrayList<>();
    if (!live.awaitNone(graceMillis)) {
      for (VirtualProcessor processor : processors) {
        cancelled.addAll(
            callInContext(
                processor,
                () -> {
                  List<String> names = processor.liveThreadNames();
                  processor.cancelAll();
                  return names;
                }));
      }
      live.awaitNone(cancelMillis);
    }
    List<String> leftRunning = new ArrayList<>();
    for (VirtualProcessor processor : processors) {
      if (liveThreads() > 0) {
        leftRunning.addAll(callInContext(processor, processor::liveThreadNames));
      }
    }
    if (leftRunning.isEmpty()) {
      // the events posted before now run first (an exited server's port draining its mailbox), so
      // what they consume is not reported as pending; the processors are free: no thread lives
      for (VirtualProcessor processor : processors) {
        callInContext(processor, List::of);
      }
    }
    List<String> pending = new ArrayList<>();
    List<String> upcallFailures = new ArrayList<>();
    for (AddressSpace space : addressSpaces) {
      for (Dispatcher dispatcher : space.dispatchers()) {
        for (PendingWork work : dispatcher.pendingWork()) {
          String description = work.describePending();
          if (description != null) {
            pending.add(description);
          }
        }
        upcallFailures.addAll(dispatcher.upcallFailures);
      }
    }
    for (VirtualProcessor processor : processors) {
      processor.requestStop();
    }
    List<String> threadsAlive = new ArrayList<>();
    if (leftRunning.isEmpty()) {
      for (VirtualProcessor processor : processors) {
        threadsAlive.addAll(processor.lane.join(cancelMillis));
      }
    }
    blockingExecutor.shutdownNow();
    if (!blockingExecutor.awaitTermination(cancelMillis, TimeUnit.MILLISECONDS)) {
      threadsAlive.add("blocking-call helpers still running a call that ignores interrupts");
    }
    if (active == this) {
      active = null;
    }
    return new ShutdownReport(
        cancelled, leftRunning, pending, upcallFailures, List.copyOf(kernelFaults), threadsAlive);
  }

  /**
   * Runs {@code task} in {@code processor}'s context and returns its names; a processor held by a
   * thread that makes no kernel calls cannot answer, and is named as such after two seconds.
   */
  private static List<String> callInContext(VirtualProcessor processor, Supplier<List<String>> task)
      throws InterruptedException {
    CompletableFuture<List<String>> result = new CompletableFuture<>();
    processor.post(
        () -> {
          try {
            result.complete(task.get());
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get(2, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return List.of(processor + ": shutdown step failed: " + e.getCause());
    } catch (TimeoutException e) {
      return List.of(processor + ": held by a user-level thread that makes no kernel calls");
    }
  }

  @Override
  public String toString() {
    return "KernelScheduler[" + machine + ", " + backend.name() + " backend, seed " + seed + "]";
  }
}

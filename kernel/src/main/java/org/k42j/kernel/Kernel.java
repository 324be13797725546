package org.k42j.kernel;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.KernelScheduler;
import org.k42j.kernel.dispatch.ShutdownReport;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.kernel.dispatch.UThreadFailedException;
import org.k42j.kernel.internal.KernelOnly;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.names.NameService;
import org.k42j.kernel.names.NameService_Factory;
import org.k42j.kernel.ppc.Ppc;
import org.k42j.kernel.process.ProcessTable;
import org.k42j.kernel.process.ProcessTable_Factory;
import org.k42j.kernel.vp.VirtualProcessorIdentity;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;

/**
 * The k42j kernel: boots a modeled machine's virtual processors, installs them as the runtime's
 * processor identity and topology (code on virtual processor 17 sees processor 17 and its node),
 * keeps the process table, and shuts everything down again.
 *
 * <pre>{@code
 * try (Kernel kernel = Kernel.boot(Machine.uniform(4, 16))) {   // 64 virtual processors
 *   AddressSpace app = kernel.createAddressSpace("app");
 *   Dispatcher d = app.createDispatcher(17);
 *   UThread worker = d.spawn("worker", () -> counter.increment());  // runs on processor 17
 *   worker.join();
 * }                                                               // shutdown: threads joined
 * }</pre>
 *
 * <p>One kernel runs in a JVM at a time ({@link KernelAlreadyBootedException}). While it runs,
 * clustered objects must be called from its virtual processors; a plain thread that calls one
 * through its dispatcher gets {@code NotOnVirtualProcessorException} (gathers and broadcasts, which
 * name no processor, work from any thread).
 *
 * <p>Invariants: {@code BOOTED} is this kernel from the end of {@link #boot} until the end of
 * {@link #shutdown}; {@code state} moves RUNNING then DOWN, once.
 */
public final class Kernel implements AutoCloseable {
  private static final Object LOCK = new Object();
  private static Kernel booted; // guarded by LOCK

  private final Machine machine;
  private final KernelOptions options;
  private final KernelScheduler scheduler;
  private final Processors.Installation installation;
  private final ProcessTable processTable;
  private final NameService names;
  private final Ppc ppc;
  private final Map<Integer, Dispatcher> kernelDispatchers = new ConcurrentHashMap<>();
  private final AtomicInteger nextRegistrar = new AtomicInteger();
  private volatile AddressSpace kernelSpace;
  private volatile boolean down;

  private Kernel(Machine machine, KernelOptions options) {
    this.machine = machine;
    this.options = options;
    // The identity first: the kernel's own clustered objects (the scheduler's thread counts, the
    // process table, the PPC export table) are made under it, so their reps are per virtual
    // processor and, being one thread per processor, unguarded.
    this.installation =
        Processors.install(
            new VirtualProcessorIdentity(machine.processorCount(), UThread.parking()), machine);
    KernelScheduler made = null;
    try {
      made = new KernelScheduler(machine, options.backend(), options.seed(), KernelOnly.TOKEN);
      this.scheduler = made;
      scheduler.start();
      this.processTable = ProcessTable_Factory.create();
      this.names = NameService_Factory.create();
      this.ppc = new Ppc(machine.processorCount(), names, KernelOnly.TOKEN);
      scheduler.createAddressSpace(
          "kernel",
          space -> {
            kernelSpace = space;
            return register(space);
          });
    } catch (RuntimeException | Error e) {
      try {
        if (made != null) {
          made.shutdown(0, 1000);
        }
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      installation.close();
      throw e;
    }
  }

  /** Boots {@code machine} with {@link KernelOptions#defaults()}. */
  public static Kernel boot(Machine machine) {
    return boot(machine, KernelOptions.defaults());
  }

  /**
   * Boots {@code machine}: starts one virtual processor per modeled processor (however many cores
   * the host has, up to what the backend and the host's thread limits allow: {@link
   * KernelOptions#maxProcessors()}, else {@link MachineTooLargeException} before anything starts),
   * installs the kernel's identity and the machine as topology, and creates the process table, the
   * name service, the PPC facility and the kernel's own address space (pid 0).
   */
  public static Kernel boot(Machine machine, KernelOptions options) {
    Objects.requireNonNull(machine, "machine; e.g. Machine.uniform(4, 16)");
    Objects.requireNonNull(options, "options; e.g. KernelOptions.defaults()");
    synchronized (LOCK) {
      if (booted != null) {
        throw new KernelAlreadyBootedException(booted);
      }
      BootCapacity.check(machine, options, HostThreads.read());
      Kernel kernel = new Kernel(machine, options);
      booted = kernel;
      return kernel;
    }
  }

  /** The booted kernel. */
  public static Kernel current() {
    synchronized (LOCK) {
      if (booted == null) {
        throw new KernelNotBootedException("Kernel.current()");
      }
      return booted;
    }
  }

  /** The modeled machine. */
  public Machine machine() {
    return machine;
  }

  /** The options the kernel booted with. */
  public KernelOptions options() {
    return options;
  }

  /** The kernel's scheduling core: processors, address spaces, live threads. */
  public KernelScheduler scheduler() {
    return scheduler;
  }

  /** The process table (a clustered object; call it from a virtual processor). */
  public ProcessTable processTable() {
    return processTable;
  }

  /**
   * The kernel's name service (a clustered object: look names up from a virtual processor), where
   * servers register their exported objects ({@link Ppc#register}) and clients find them.
   */
  public NameService names() {
    return names;
  }

  /** Protected procedure calls between address spaces: export, bind, look up, revoke. */
  public Ppc ppc() {
    return ppc;
  }

  /** The kernel's own address space (pid 0), whose threads run {@link #call}. */
  public AddressSpace kernelSpace() {
    return kernelSpace;
  }

  /**
   * Creates a process (address space) and registers it in the process table, on the calling virtual
   * processor or, from a plain thread, on the processors in turn.
   */
  public AddressSpace createAddressSpace(String name) {
    checkUp("createAddressSpace(" + name + ")");
    return scheduler.createAddressSpace(name, this::register);
  }

  private int register(AddressSpace space) {
    if (VirtualProcessorIdentity.onVirtualProcessor()) {
      return processTable.register(space);
    }
    int processor = Math.floorMod(nextRegistrar.getAndIncrement(), machine.processorCount());
    return call(processor, () -> processTable.register(space));
  }

  /** The process with {@code pid}, or null. */
  public AddressSpace process(int pid) {
    checkUp("process(" + pid + ")");
    if (VirtualProcessorIdentity.onVirtualProcessor()) {
      return processTable.lookup(pid);
    }
    return call(Math.floorMod(pid, machine.processorCount()), () -> processTable.lookup(pid));
  }

  /** Every process, ordered by pid. */
  public List<AddressSpace> processes() {
    checkUp("processes()");
    return processTable.list();
  }

  /**
   * Runs {@code task} on virtual processor {@code processor}, in a thread of the kernel's address
   * space, and returns its result; the caller waits (a user-level caller is parked, a plain thread
   * blocks). What the task throws is rethrown: the same runtime exception or error, a checked
   * exception wrapped in {@link CompletionException}.
   */
  public <T> T call(int processor, Callable<T> task) {
    checkUp("call(" + processor + ", task)");
    Dispatcher dispatcher =
        kernelDispatchers.computeIfAbsent(processor, p -> kernelSpace.createDispatcher(p));
    Object[] result = new Object[1];
    UThread thread =
        dispatcher.spawn(
            "call",
            () -> {
              try {
                result[0] = task.call();
              } catch (RuntimeException e) {
                throw e;
              } catch (Exception e) {
                throw new CompletionException(e);
              }
            });
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a call on vp" + processor, e);
    } catch (UThreadFailedException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }

  /** Refuses plain threads once shutdown began; user-level threads may finish their work. */
  private void checkUp(String what) {
    if (down && !VirtualProcessorIdentity.onVirtualProcessor()) {
      throw new KernelNotBootedException(what + " on a kernel that has shut down");
    }
  }

  /**
   * Shuts down with the grace period of the options; see {@link #shutdown(Duration)}.
   *
   * @throws KernelShutdownException when work was unfinished (the kernel is down all the same)
   */
  public ShutdownReport shutdown() {
    return shutdown(options.shutdownGrace());
  }

  /**
   * Shuts down: PPC servers stop (waiting callers get {@code ServerExitedException}), plain threads
   * can start no more work; waits up to {@code grace} for every user-level thread to finish (they
   * may still spawn helpers meanwhile), cancels the rest ({@code ThreadCancelledException} at their
   * next kernel call), stops every virtual processor and joins its platform threads, destroys the
   * process table and restores the previous processor identity. Queued messages are reported, never
   * dropped silently. A second call does nothing and returns a clean report. Call it from a plain
   * thread ({@link ShutdownFromVirtualProcessorException} otherwise). Identities installed with
   * {@code Processors.install} after boot must be closed first: the kernel restores the one it
   * replaced.
   *
   * @throws KernelShutdownException when work was unfinished (the kernel is down all the same)
   */
  public ShutdownReport shutdown(Duration grace) {
    if (VirtualProcessorIdentity.onVirtualProcessor()) {
      throw new ShutdownFromVirtualProcessorException();
    }
    synchronized (LOCK) {
      if (down) {
        return new ShutdownReport(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
      }
      down = true;
    }
    ShutdownReport report;
    ppc.shutdown(); // idle server threads end, waiting callers are told
    try {
      report = scheduler.shutdown(grace.toMillis(), Math.max(1000, grace.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while shutting the kernel down", e);
    } finally {
      synchronized (LOCK) {
        if (booted == this) {
          booted = null;
        }
      }
      ClusteredObjects.destroy(processTable);
      ClusteredObjects.destroy(names);
      installation.close(); // throws if an identity installed after boot is still open
    }
    if (!report.clean()) {
      throw new KernelShutdownException(report);
    }
    return report;
  }

  /** {@link #shutdown()}. */
  @Override
  public void close() {
    shutdown();
  }

  @Override
  public String toString() {
    return "Kernel["
        + machine
        + ", "
        + options.backend().name()
        + " backend, seed "
        + options.seed()
        + (down ? ", down" : "")
        + "]";
  }
}

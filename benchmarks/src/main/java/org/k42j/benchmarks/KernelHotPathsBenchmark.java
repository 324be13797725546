package org.k42j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.ObjectHandle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The kernel's own hot paths under {@value #PROCESSORS} virtual processors at once: resolving a PPC
 * handle ({@code ppc.bind}: the handle's resolution and a new stub) and spawning and ending a
 * user-level thread. Both used to pass one kernel-wide monitor (the export table's, the live-thread
 * count's) and now go through per-processor reps.
 *
 * <p>JMH's threads are not virtual processors, so each measured invocation spawns a user-level
 * thread on every processor, each does {@value #BATCH} operations, and the invocation ends when all
 * have; the score is the time per operation across the machine (wall time of the invocation over
 * {@value #PROCESSORS} x {@value #BATCH} operations), so it falls as the processors stop
 * serialising on shared state. On a host with fewer cores than virtual processors the processors
 * share the cores, and the score includes that.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar KernelHotPathsBenchmark -f 3 -wi 5 -i 10 -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class KernelHotPathsBenchmark {
  /** Virtual processors working at once. */
  static final int PROCESSORS = 8;

  /** Operations per processor per invocation. */
  static final int BATCH = 200;

  private Kernel kernel;
  private Dispatcher[] dispatchers;
  private ObjectHandle handle;

  @Setup(Level.Trial)
  public void boot() {
    kernel = Kernel.boot(Machine.uniform(2, PROCESSORS / 2));
    AddressSpace server = kernel.createAddressSpace("echo-server");
    AddressSpace clients = kernel.createAddressSpace("clients");
    Echo target = value -> value;
    handle = kernel.ppc().export(server, Echo.class, target);
    dispatchers = new Dispatcher[PROCESSORS];
    for (int p = 0; p < PROCESSORS; p++) {
      dispatchers[p] = clients.createDispatcher(p);
    }
  }

  @TearDown(Level.Trial)
  public void shutdown() {
    kernel.shutdown();
  }

  /** A handle resolved into a stub, on every processor at once. */
  @Benchmark
  @OperationsPerInvocation(PROCESSORS * BATCH * 10)
  public long resolveHandle() throws Exception {
    ObjectHandle resolved = handle;
    return onEveryProcessor(
        () -> {
          long sum = 0;
          for (int i = 0; i < BATCH * 10; i++) {
            sum += kernel.ppc().bind(resolved, Echo.class).hashCode();
          }
          return sum;
        });
  }

  /** A user-level thread spawned on the caller's processor, run and joined, on every processor. */
  @Benchmark
  @OperationsPerInvocation(PROCESSORS * BATCH)
  public long spawnAndEnd() throws Exception {
    return onEveryProcessor(
        () -> {
          Dispatcher here = UThread.current().dispatcher();
          List<UThread> children = new ArrayList<>(BATCH);
          for (int i = 0; i < BATCH; i++) {
            children.add(here.spawn("child", () -> {}));
          }
          for (UThread child : children) {
            child.join();
          }
          return (long) children.size();
        });
  }

  private long onEveryProcessor(java.util.concurrent.Callable<Long> work) throws Exception {
    List<CompletableFuture<Long>> running = new ArrayList<>(PROCESSORS);
    for (Dispatcher dispatcher : dispatchers) {
      running.add(dispatcher.submit("bench", work));
    }
    long total = 0;
    for (CompletableFuture<Long> one : running) {
      total += one.get(60, TimeUnit.SECONDS);
    }
    return total;
  }
}

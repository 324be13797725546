package org.k42j.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.Ppc;
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
import org.openjdk.jmh.infra.ThreadParams;

/**
 * The null protected procedure call, {@link Echo#echo} through the generated stub from a user-level
 * thread of a client address space into a server address space, against the same method called
 * directly on the server object, in the same run:
 *
 * <ul>
 *   <li>{@code nullPpc}: the migrating path (the caller's thread runs the server's code in the
 *       server's address space, no thread switch);
 *   <li>{@code nullPpcOnServerThreads}: a server that keeps its own threads for synchronous calls
 *       ({@code Ppc.useServerThreads}): two thread switches per call;
 *   <li>{@code crossProcessorCall}: a stub bound to another processor ({@code Ppc.onProcessor}):
 *       the call goes by message to a server thread there and the caller waits for the reply.
 * </ul>
 *
 * <p>JMH's threads are not virtual processors, so each JMH thread has a client dispatcher on a
 * processor of its own and one long-lived user-level thread there that runs the measured calls in
 * batches ({@link BatchRunner}); each invocation hands it one batch and reports the time per call,
 * so the hand-over (a few microseconds) is spread over the batch.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PpcBenchmark {
  /** Migrating calls per measured invocation: the batch hand-over stays under 0.1 ns a call. */
  static final int BATCH = 100_000;

  /** Calls per invocation on the paths that switch threads (microseconds each on the baton). */
  static final int SWITCHING_BATCH = 1_000;

  private static final int PROCESSORS = 4;

  /** The booted kernel, the servers and their exported {@link Echo}s. */
  @State(Scope.Benchmark)
  public static class Server {
    Kernel kernel;
    AddressSpace clients;
    Echo target;
    Echo stub;
    Echo threadsStub;
    final List<BatchRunner> runners = new CopyOnWriteArrayList<>();

    @Setup(Level.Trial)
    public void boot() {
      kernel = Kernel.boot(Machine.uniform(1, PROCESSORS));
      Ppc ppc = kernel.ppc();
      AddressSpace server = kernel.createAddressSpace("echo-server");
      AddressSpace threadsServer = kernel.createAddressSpace("echo-threads-server");
      ppc.useServerThreads(threadsServer, true);
      clients = kernel.createAddressSpace("echo-clients");
      target = new PlainEcho();
      stub = ppc.bind(ppc.export(server, Echo.class, target), Echo.class);
      threadsStub = ppc.bind(ppc.export(threadsServer, Echo.class, new PlainEcho()), Echo.class);
    }

    /** Stops the batch runners (JMH tears this state down before the threads' states). */
    @TearDown(Level.Trial)
    public void shutdown() throws InterruptedException {
      for (BatchRunner runner : runners) {
        runner.stop();
      }
      kernel.shutdown();
    }
  }

  /**
   * Per JMH thread: a client dispatcher on a processor of its own, its batch runner, and a stub
   * bound to the next processor.
   */
  @State(Scope.Thread)
  public static class Client {
    BatchRunner runner;
    Echo remoteStub;
    int argument;

    @Setup(Level.Trial)
    public void place(Server server, ThreadParams thread) {
      int processor = thread.getThreadIndex() % PROCESSORS;
      Dispatcher dispatcher = server.clients.createDispatcher(processor);
      runner = BatchRunner.start(dispatcher);
      server.runners.add(runner);
      remoteStub = Ppc.onProcessor(server.stub, (processor + 1) % PROCESSORS);
    }
  }

  /** The server object: returns its argument. */
  static final class PlainEcho implements Echo {
    @Override
    public int echo(int value) {
      return value;
    }
  }

  @Benchmark
  public int direct(Server server, Client client) {
    return server.target.echo(client.argument++);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long nullPpc(Server server, Client client) throws Exception {
    return client.runner.run(server.stub, BATCH);
  }

  @Benchmark
  @OperationsPerInvocation(SWITCHING_BATCH)
  public long nullPpcOnServerThreads(Server server, Client client) throws Exception {
    return client.runner.run(server.threadsStub, SWITCHING_BATCH);
  }

  @Benchmark
  @OperationsPerInvocation(SWITCHING_BATCH)
  public long crossProcessorCall(Server server, Client client) throws Exception {
    return client.runner.run(client.remoteStub, SWITCHING_BATCH);
  }

  /**
   * A user-level thread that runs batches of calls handed to it by a plain thread: it parks between
   * batches, and the plain thread waits for each batch's sum.
   *
   * <p>Invariants: {@code job} is written by the plain thread only while it is null and cleared by
   * the user-level thread only after taking it (volatile, so the batch's fields travel with it);
   * the plain thread unparks the runner after writing, and the runner reads {@code job} before each
   * park, so no batch is missed.
   */
  static final class BatchRunner implements Runnable {
    private volatile Job job;
    private volatile boolean stopped;
    private UThread thread;

    private record Job(Echo stub, int calls, CompletableFuture<Long> sum) {}

    static BatchRunner start(Dispatcher dispatcher) {
      BatchRunner runner = new BatchRunner();
      runner.thread = dispatcher.spawn("batch-runner", runner);
      return runner;
    }

    long run(Echo stub, int calls) throws Exception {
      Job next = new Job(stub, calls, new CompletableFuture<>());
      job = next;
      thread.unpark();
      return next.sum().get(60, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
      stopped = true;
      thread.unpark();
      thread.join();
    }

    @Override
    public void run() {
      while (true) {
        Job next;
        while ((next = job) == null) {
          if (stopped) {
            return;
          }
          UThread.park();
        }
        job = null;
        try {
          Echo stub = next.stub();
          long sum = 0;
          for (int i = 0; i < next.calls(); i++) {
            sum += stub.echo(i);
          }
          next.sum().complete(sum);
        } catch (RuntimeException e) {
          next.sum().completeExceptionally(e);
        }
      }
    }
  }
}

package org.k42j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.Machine;
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
 * The null protected procedure call: {@link Echo#echo} through the generated stub, from a
 * user-level thread of a client address space into a server address space (a server thread on the
 * caller's processor runs it while the caller is parked), against the same method called directly
 * on the server object.
 *
 * <p>JMH's threads are not virtual processors, so each measured invocation of {@code nullPpc} runs
 * {@value #BATCH} calls on a user-level thread of the caller's own client dispatcher and reports
 * the time per call; spawning and joining that thread is spread over the batch (a few nanoseconds
 * per call against microseconds per PPC). Each JMH thread has a client dispatcher on a processor of
 * its own, and the server a thread pool on each.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PpcBenchmark {
  /** Calls per measured invocation of {@code nullPpc}. */
  static final int BATCH = 1_000;

  /** The booted kernel, the server and its exported {@link Echo}. */
  @State(Scope.Benchmark)
  public static class Server {
    Kernel kernel;
    AddressSpace clients;
    Echo target;
    Echo stub;

    @Setup(Level.Trial)
    public void boot() {
      kernel = Kernel.boot(Machine.uniform(1, 4));
      AddressSpace server = kernel.createAddressSpace("echo-server");
      clients = kernel.createAddressSpace("echo-clients");
      target = new PlainEcho();
      stub = kernel.ppc().bind(kernel.ppc().export(server, Echo.class, target), Echo.class);
    }

    @TearDown(Level.Trial)
    public void shutdown() {
      kernel.shutdown();
    }
  }

  /** Per JMH thread: a client dispatcher on a processor of its own. */
  @State(Scope.Thread)
  public static class Client {
    Dispatcher dispatcher;
    int argument;

    @Setup(Level.Trial)
    public void place(Server server, ThreadParams thread) {
      dispatcher = server.clients.createDispatcher(thread.getThreadIndex() % 4);
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
    Echo stub = server.stub;
    return client
        .dispatcher
        .submit(
            "batch",
            () -> {
              long sum = 0;
              for (int i = 0; i < BATCH; i++) {
                sum += stub.echo(i);
              }
              return sum;
            })
        .get();
  }
}

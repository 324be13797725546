package org.k42j.examples.ppc;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.machine.MachineSpecs;
import org.k42j.kernel.ppc.ObjectHandle;
import org.k42j.kernel.ppc.Ppc;
import org.k42j.kernel.ppc.ServerExitedException;

/**
 * A server address space exports a {@link KeyValueService} (its implementation the clustered {@link
 * KeyValueStore}) and registers it in the kernel's name service; several client address spaces look
 * it up and call it from a user-level thread on every virtual processor, with synchronous calls
 * ({@code put}, {@code get}, {@code putAll}, {@code served}) and asynchronous ones ({@code hit}).
 * Every call runs on its caller's processor, in the server's address space, on that processor's
 * rep. At the end the server exits, and a client's next call fails with {@link
 * ServerExitedException} instead of waiting. The run fails unless every count is exact.
 *
 * <pre>
 * mvn -q -B compile exec:java -pl examples -am \
 *     -Dexec.mainClass=org.k42j.examples.ppc.PpcExample -Dexec.args="2x4 3 2000"
 * </pre>
 */
public final class PpcExample {
  /** The name the server registers its service under. */
  public static final String NAME = "kv";

  private PpcExample() {}

  /**
   * What a run counted.
   *
   * @param processors the machine's virtual processors
   * @param clientThreads client threads (client address spaces x processors)
   * @param syncCalls synchronous PPCs made
   * @param asyncCalls asynchronous PPCs made
   * @param hitsCounted hits the server counted (must equal {@code asyncCalls})
   * @param keys keys the server stores (each thread's key and its batch key)
   * @param reps reps of the clustered store (one per processor called from)
   * @param servedOnCallersProcessor {@code served()} calls that ran on their caller's processor, in
   *     the server's address space, on that processor's rep
   * @param servedCalls {@code served()} calls made
   * @param refusedAfterExit whether a call after the server's exit failed with {@link
   *     ServerExitedException}
   */
  public record Result(
      int processors,
      int clientThreads,
      long syncCalls,
      long asyncCalls,
      long hitsCounted,
      int keys,
      int reps,
      long servedOnCallersProcessor,
      long servedCalls,
      boolean refusedAfterExit) {}

  /** Arguments: {@code [machine spec] [client address spaces] [calls per thread]}. */
  public static void main(String[] args) throws Exception {
    if (args.length > 3) {
      throw new IllegalArgumentException(
          "usage: PpcExample [machine spec, e.g. 2x4] [client address spaces] [calls per thread]");
    }
    Machine machine = MachineSpecs.parse(args.length > 0 ? args[0] : "2x4");
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int calls = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    long start = System.nanoTime();
    Result result = run(machine, clients, calls);
    print(result, System.nanoTime() - start, System.out);
    if (!exact(result)) {
      throw new IllegalStateException("the counts do not add up: " + result);
    }
  }

  /** True when every count of {@code result} is what its calls imply. */
  public static boolean exact(Result result) {
    return result.hitsCounted() == result.asyncCalls()
        && result.keys() == 2 * result.clientThreads()
        && result.reps() == result.processors()
        && result.servedOnCallersProcessor() == result.servedCalls()
        && result.refusedAfterExit();
  }

  /**
   * Boots {@code machine}, runs {@code clients} client address spaces with a thread on every
   * processor, each making {@code calls} rounds of calls, and returns what was counted.
   */
  public static Result run(Machine machine, int clients, int calls) throws Exception {
    try (Kernel kernel = Kernel.boot(machine)) {
      Ppc ppc = kernel.ppc();
      int processors = machine.processorCount();

      // The server: export the clustered store and register it by name.
      AddressSpace server = kernel.createAddressSpace("kv-server");
      KeyValueStore store = KeyValueStore_Factory.create();
      ObjectHandle handle = ppc.export(server, KeyValueService.class, store);
      ppc.register(NAME, handle);

      // The clients: a thread of each client address space on every processor.
      List<CompletableFuture<long[]>> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        AddressSpace client = kernel.createAddressSpace("client-" + c);
        for (int processor = 0; processor < processors; processor++) {
          Dispatcher dispatcher = client.createDispatcher(processor);
          String key = client.name() + "@vp" + processor;
          threads.add(dispatcher.submit("client", () -> clientThread(ppc, key, calls)));
        }
      }
      long sync = 0;
      long async = 0;
      long served = 0;
      long servedHere = 0;
      for (CompletableFuture<long[]> thread : threads) {
        long[] counts = await(thread);
        sync += counts[0];
        async += counts[1];
        served += counts[2];
        servedHere += counts[3];
      }

      // Asynchronous hits may still be running on their processors: wait until they are counted
      // (each is counted exactly once, so the count can only reach the total, never pass it).
      long expectedHits = async;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (store.hits("calls") < expectedHits && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      long hits = store.hits("calls");
      int keys = store.keys().length;
      int reps = store.reps();

      // The server exits: a client's next call through the stub it holds is refused by name.
      KeyValueService held = ppc.bind(handle, KeyValueService.class);
      server.exit();
      Dispatcher late = kernel.createAddressSpace("late-client").createDispatcher(0);
      boolean refused =
          await(
                  late.submit(
                      "late",
                      () -> {
                        KeyValueService kv = held;
                        try {
                          kv.get("anything");
                          return new long[] {0};
                        } catch (ServerExitedException expected) {
                          return new long[] {1};
                        }
                      }))[0]
              == 1;
      return new Result(
          processors, threads.size(), sync, async, hits, keys, reps, servedHere, served, refused);
    }
  }

  /**
   * One client thread: {@code calls} rounds of a synchronous put and get of its own key and an
   * asynchronous hit, a bulk write every 100 rounds, and a check of where the call ran every 50.
   * Returns {sync calls, async calls, served() calls, served() calls on the caller's processor}.
   */
  private static long[] clientThread(Ppc ppc, String key, int calls) {
    KeyValueService kv = ppc.lookup(NAME, KeyValueService.class);
    int processor = UThread.current().dispatcher().processor();
    long sync = 0;
    long async = 0;
    long served = 0;
    long servedHere = 0;
    for (int i = 0; i < calls; i++) {
      kv.put(key, Integer.toString(i));
      String value = kv.get(key);
      sync += 2;
      if (!value.equals(Integer.toString(i))) {
        throw new IllegalStateException(key + " read " + value + " after writing " + i);
      }
      kv.hit("calls");
      async++;
      if (i % 100 == 0) {
        kv.putAll(new Batch(new String[] {key + "/batch"}, key));
        sync++;
      }
      if (i % 50 == 0) {
        Served where = kv.served();
        sync++;
        served++;
        if (where.processor() == processor
            && where.repProcessor() == processor
            && where.addressSpace().equals("kv-server")) {
          servedHere++;
        }
      }
    }
    return new long[] {sync, async, served, servedHere};
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    try {
      return future.get(5, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    } catch (TimeoutException e) {
      throw new IllegalStateException("a client thread did not finish within 5 minutes", e);
    }
  }

  /** Prints {@code result} and how long the run took. */
  public static void print(Result result, long nanos, PrintStream out) {
    out.printf(
        "%d client threads on %d processors: %,d synchronous and %,d asynchronous PPCs in %.1f s%n",
        result.clientThreads(),
        result.processors(),
        result.syncCalls(),
        result.asyncCalls(),
        nanos / 1e9);
    out.printf(
        "hits counted by the server: %,d (of %,d sent)%n",
        result.hitsCounted(), result.asyncCalls());
    out.printf("keys stored: %d; reps of the clustered store: %d%n", result.keys(), result.reps());
    out.printf(
        "served() on the caller's processor, in kv-server, on that processor's rep: %d of %d%n",
        result.servedOnCallersProcessor(), result.servedCalls());
    out.printf(
        "a call after the server exited: %s%n",
        result.refusedAfterExit() ? "ServerExitedException" : "NOT refused");
  }
}

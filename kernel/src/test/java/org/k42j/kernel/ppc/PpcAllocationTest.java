package org.k42j.kernel.ppc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.fixture.Store;

/**
 * What a PPC allocates, summed over every thread (the caller's, the server thread's, the
 * processor's). A migrated call allocates its request only (no call record, no argument array, no
 * boxing: the stub calls the server object directly); a call on a server thread allocates the call
 * record, the argument array and the request, not the scheduler's bookkeeping (which once rebuilt a
 * ready-set level and boxed the server's priority several times per call, about 750 of the 856
 * bytes a call allocated).
 */
class PpcAllocationTest extends BootedKernel {
  private static final int CALLS = 20_000;

  @Test
  void aMigratedNullCallAllocatesItsRequestOnly() throws Throwable {
    double perCall = bytesPerCall(false);
    // measured 24 bytes (the Request of Requests.enter); the target is at most 32
    assertTrue(perCall <= 32, perCall + " bytes per call");
  }

  @Test
  void aNullCallOnAServerThreadAllocatesItsCallRecordAndArgumentsOnly() throws Throwable {
    double perCall = bytesPerCall(true);
    // measured 104 bytes (80 on the caller: the call record and the argument array; 24 on the
    // server thread: the request); the bound leaves room for another JVM's layout
    assertTrue(perCall < 300, perCall + " bytes per call");
  }

  private double bytesPerCall(boolean serverThreads) throws Throwable {
    boot(Machine.uniform(1, 1));
    Ppc ppc = kernel.ppc();
    AddressSpace server = kernel.createAddressSpace("server");
    ppc.useServerThreads(server, serverThreads);
    AddressSpace client = kernel.createAddressSpace("client");
    Store remote = ppc.bind(ppc.export(server, Store.class, new MapStore()), Store.class);
    Dispatcher on = client.createDispatcher(0);
    return OnUserThread.run(
        on,
        () -> {
          for (int i = 0; i < CALLS; i++) {
            remote.count("k"); // warm: the server thread, the pool, the JIT
          }
          long[] threads =
              Set.copyOf(Thread.getAllStackTraces().keySet()).stream()
                  .mapToLong(Thread::getId)
                  .toArray();
          long before = allocated(threads);
          for (int i = 0; i < CALLS; i++) {
            remote.count("k");
          }
          return (allocated(threads) - before) / (double) CALLS;
        });
  }

  private static long allocated(long[] threads) {
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long bytes : bean.getThreadAllocatedBytes(threads)) {
      sum += Math.max(0, bytes); // -1 for a thread that ended meanwhile
    }
    return sum;
  }
}

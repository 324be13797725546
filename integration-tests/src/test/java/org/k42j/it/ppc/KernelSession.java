package org.k42j.it.ppc;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.Ppc;

/**
 * A booted kernel with a server and a client address space, for calling generated stubs through the
 * real PPC: {@link #onClient} runs a body on a user-level thread of the client on processor 0 and
 * waits a minute at most, which only guards against a hang, never measures.
 */
public final class KernelSession implements AutoCloseable {
  private final Kernel kernel = Kernel.boot(Machine.uniform(1, 2));
  private final AddressSpace server = kernel.createAddressSpace("server");
  private final Dispatcher client = kernel.createAddressSpace("client").createDispatcher(0);

  public Ppc ppc() {
    return kernel.ppc();
  }

  public AddressSpace server() {
    return server;
  }

  /** The result of {@code body} run by a client thread; rethrows what the body threw. */
  public <T> T onClient(Callable<T> body) throws Throwable {
    try {
      return client.submit("client", body).get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("a client thread did not finish within a minute (hung)");
    }
  }

  @Override
  public void close() {
    kernel.shutdown();
  }
}

package org.k42j.kernel.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.KernelOptions;
import org.k42j.kernel.KernelShutdownException;
import org.k42j.kernel.KernelThreads;
import org.k42j.kernel.backend.BatonBackend;
import org.k42j.kernel.backend.Lane;
import org.k42j.kernel.backend.ThreadingBackend;
import org.k42j.kernel.machine.Machine;
import org.k42j.runtime.Processors;

/**
 * A thread the backend cannot run (as when the host refuses another platform thread) fails, and its
 * processor goes on: without that, the processor's loop died and every joiner waited forever.
 */
@Timeout(30)
class UnrunnableThreadTest extends BootedKernel {
  private static final OutOfMemoryError NO_THREAD =
      new OutOfMemoryError("unable to create native thread (injected)");

  @Test
  void aThreadTheBackendCannotRunFailsItsJoinerAndItsProcessorRunsTheNextThread()
      throws Exception {
    boot(Machine.uniform(1, 2), KernelOptions.defaults().withBackend(new RefusingBackend()));
    Dispatcher dispatcher = kernel.createAddressSpace("app").createDispatcher(1);

    UThread doomed = dispatcher.spawn("doomed", () -> {});
    UThreadFailedException failed = assertThrows(UThreadFailedException.class, doomed::join);
    assertSame(NO_THREAD, failed.getCause());

    int[] ranOn = {-1};
    dispatcher.spawn("next", () -> ranOn[0] = Processors.current()).join();
    assertEquals(1, ranOn[0]);

    Kernel booted = kernel;
    kernel = null;
    KernelShutdownException thrown = assertThrows(KernelShutdownException.class, booted::shutdown);
    List<String> faults = thrown.report().kernelFaults();
    assertEquals(1, faults.size(), thrown.getMessage());
    assertTrue(faults.get(0).contains("doomed"), faults.get(0));
    assertEquals(List.of(), KernelThreads.alive());
  }

  /** The baton backend, except that a context named "...-doomed" cannot be run. */
  private static final class RefusingBackend implements ThreadingBackend {
    private final BatonBackend baton = new BatonBackend();

    @Override
    public Lane open(int processor, String name) {
      Lane lane = baton.open(processor, name);
      return new Lane() {
        @Override
        public void start(Runnable schedulerLoop) {
          lane.start(schedulerLoop);
        }

        @Override
        public Context create(String contextName, Runnable body) {
          Context context = lane.create(contextName, body);
          if (contextName.endsWith("-doomed")) {
            return new Refused(context);
          }
          return context;
        }

        @Override
        public void run(Context context) {
          if (context instanceof Refused) {
            throw NO_THREAD;
          }
          lane.run(context);
        }

        @Override
        public void yieldToScheduler() {
          lane.yieldToScheduler();
        }

        @Override
        public void discard(Context context) {
          lane.discard(context instanceof Refused refused ? refused.inner : context);
        }

        @Override
        public void wake() {
          lane.wake();
        }

        @Override
        public void idle(long nanos) {
          lane.idle(nanos);
        }

        @Override
        public List<String> join(long millis) throws InterruptedException {
          return lane.join(millis);
        }
      };
    }

    @Override
    public String name() {
      return "refusing";
    }
  }

  /** A context the refusing lane will not run. */
  private record Refused(Lane.Context inner) implements Lane.Context {
    @Override
    public boolean finished() {
      return false;
    }
  }
}

package org.k42j.kernel;

import java.util.List;
import org.k42j.kernel.backend.BatonBackend;
import org.k42j.kernel.backend.Lane;
import org.k42j.kernel.backend.ThreadingBackend;

/**
 * The baton backend, except that a user-level thread whose context name ends with a given suffix
 * cannot be run: running it throws the given error, as the host does when it refuses another
 * platform thread.
 */
public final class RefusingBackend implements ThreadingBackend {
  private final BatonBackend baton = new BatonBackend();
  private final String refusedSuffix;
  private final Error refusal;

  public RefusingBackend(String refusedSuffix, Error refusal) {
    this.refusedSuffix = refusedSuffix;
    this.refusal = refusal;
  }

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
        return contextName.endsWith(refusedSuffix) ? new Refused(context) : context;
      }

      @Override
      public void run(Context context) {
        if (context instanceof Refused) {
          throw refusal;
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

  @Override
  public int maxProcessors() {
    return baton.maxProcessors();
  }

  @Override
  public int platformThreadsPerProcessor() {
    return baton.platformThreadsPerProcessor();
  }

  /** A context the refusing lane will not run. */
  private record Refused(Lane.Context inner) implements Lane.Context {
    @Override
    public boolean finished() {
      return false;
    }
  }
}

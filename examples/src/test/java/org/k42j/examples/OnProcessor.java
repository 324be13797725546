package org.k42j.examples;

/** Runs test code on a new thread pinned to one processor of a {@link PinnedIdentity}. */
public final class OnProcessor {
  private OnProcessor() {}

  /** Runs {@code action} on a new thread pinned to {@code processor} and waits for it. */
  public static void run(PinnedIdentity identity, int processor, Runnable action)
      throws InterruptedException {
    Throwable[] failure = new Throwable[1];
    Thread thread =
        new Thread(
            () -> {
              identity.pin(processor);
              try {
                action.run();
              } catch (Throwable e) {
                failure[0] = e;
              }
            },
            "processor-" + processor);
    thread.start();
    thread.join();
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
    if (failure[0] instanceof Error e) {
      throw e;
    }
  }
}

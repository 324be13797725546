package org.k42j.kernel.vp;

/**
 * A platform thread that runs on one virtual processor of the k42j kernel: the processor's
 * scheduler loop, or a carrier of one of its user-level threads. The processor id is a final field
 * of the thread itself, so {@link VirtualProcessorIdentity} reads it with one type check and one
 * load, with no {@code ThreadLocal} and no table.
 *
 * <p>Only threading backends create these. A {@code VpThread} of processor {@code p} runs kernel or
 * user code only while it holds {@code p} (the backend's baton or equivalent), so at most one of a
 * processor's threads runs at a time.
 */
public final class VpThread extends Thread {
  final int processor;

  /** A daemon thread of {@code processor} that runs {@code body}. */
  public VpThread(int processor, String name, Runnable body) {
    super(body, name);
    if (processor < 0) {
      throw new IllegalArgumentException("processor ids are non-negative, not " + processor);
    }
    this.processor = processor;
    setDaemon(true);
  }

  /** The virtual processor this thread runs on. */
  public int processor() {
    return processor;
  }
}

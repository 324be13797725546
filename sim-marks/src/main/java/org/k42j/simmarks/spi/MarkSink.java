package org.k42j.simmarks.spi;

/**
 * Told of what marked production code reports ({@link org.k42j.simmarks.ModeledLine}, {@link
 * org.k42j.simmarks.ModeledLock}, {@link org.k42j.simmarks.Modeled}), so that a simulator can
 * charge it: the kernel's NUMA simulation installs one with {@link MarkSinks#install} while a
 * simulation runs. While none is installed every report is a constant no-op that the JIT removes.
 *
 * <p>Methods run on the reporting thread, which may run no simulation at all (a sink is installed
 * for the whole JVM): they must then do nothing. A mark is passed as an identity: a sink keys its
 * own state by it.
 */
public interface MarkSink {
  /** {@code line} (a {@code ModeledLine}) was read. */
  void read(Object line);

  /** {@code line} (a {@code ModeledLine}) was written. */
  void write(Object line);

  /** {@code line} (a {@code ModeledLine}) took an atomic read-modify-write. */
  void atomic(Object line);

  /** {@code lock} (a {@code ModeledLock}) was taken. */
  void acquire(Object lock);

  /** {@code lock} (a {@code ModeledLock}) was released. */
  void release(Object lock);

  /** Local computation of {@code nanoseconds}. */
  void work(double nanoseconds);

  /** One line read from the DRAM of {@code node}. */
  void memory(int node);

  /** A message posted to processor {@code target}'s queue. */
  void message(int target);

  /** A soft interrupt raised on processor {@code target}. */
  void softInterrupt(int target);

  /** A protected procedure call to a server on the calling processor. */
  void ppc();

  /** Whether the calling thread runs a simulation. */
  boolean active();

  /** The simulated processor running the calling code, or -1 outside a simulation. */
  int processor();

  /** The calling processor's virtual clock in nanoseconds, or 0 outside a simulation. */
  double nanoTime();
}

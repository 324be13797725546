package org.k42j.benchmarks;

import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.DedicatedThreadIdentity;
import org.k42j.runtime.spi.UniformTopology;

/**
 * A {@link DedicatedThreadIdentity} installed for one benchmark run: each benchmark thread binds
 * itself to a processor of its own, so exclusive per-processor reps created meanwhile have no guard
 * (the K42 setting: one thread runs on a processor at a time). Closing puts the previous identity
 * back.
 */
final class DedicatedThreads implements AutoCloseable {
  /** More processors than any thread count the benchmarks run at. */
  static final int PROCESSORS = 64;

  private final DedicatedThreadIdentity identity = new DedicatedThreadIdentity(PROCESSORS);
  private final Processors.Installation installation =
      Processors.install(identity, UniformTopology.single());

  /** Binds the calling thread to a processor of its own until the binding is closed. */
  DedicatedThreadIdentity.Binding bindCurrentThread() {
    return identity.bind();
  }

  @Override
  public void close() {
    installation.close();
  }
}

package org.k42j.runtime.clustering.internal;

import org.k42j.runtime.Processors;
import org.k42j.runtime.internal.RootCore;

/**
 * Base of the miss objects the run-time clustering path generates (K42's default object): every
 * method of the generated subclass is {@code ((Contract) rep$()).m(args)}, where {@code rep$()}
 * asks the root for the calling processor's rep, creating it on the processor's first call.
 */
public abstract class RuntimeMiss {
  private final RootCore<?> core;

  /** The miss object of the object whose core is {@code core}. */
  protected RuntimeMiss(RootCore<?> core) {
    this.core = core;
  }

  /** The calling processor's rep (or its guard), created if it has none. */
  protected final Object rep$() {
    return core.miss(Processors.current());
  }
}

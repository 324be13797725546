package org.k42j.runtime.clustering.internal;

import org.k42j.runtime.Processors;
import org.k42j.runtime.internal.ClusterRoot;

/**
 * Base of the miss objects the run-time clustering path generates (K42's default object): every
 * method of the generated subclass is {@code ((Contract) rep$()).m(args)}, where {@code rep$()}
 * asks the root for the calling processor's rep, creating it on the processor's first call.
 */
public abstract class RuntimeMiss {
  private final ClusterRoot<?, ?> root;

  /** The miss object of {@code root}. */
  protected RuntimeMiss(ClusterRoot<?, ?> root) {
    this.root = root;
  }

  /** The calling processor's rep (or its guard), created if it has none. */
  protected final Object rep$() {
    return root.miss(Processors.current());
  }
}

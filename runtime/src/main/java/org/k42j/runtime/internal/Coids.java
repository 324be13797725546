package org.k42j.runtime.internal;

import org.k42j.runtime.Coid;

/**
 * What the runtime's public API asks of the global COID table, the only part of it outside this
 * package: the table itself ({@code CoidTable}) is package-private, so neither user code nor
 * generated code can register, release or enumerate objects.
 */
public final class Coids {
  private Coids() {}

  /**
   * The root of the live object with this COID.
   *
   * @throws org.k42j.runtime.StaleCoidException if no live object has it
   */
  public static ClusterRoot<?, ?> resolve(Coid coid) {
    return CoidTable.global().resolve(coid);
  }
}

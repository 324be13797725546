package org.k42j.runtime.spi;

/**
 * What an {@link AccessProbe} may read of the clustered object it is told about: a narrow,
 * read-only view, so that the SPI names nothing of the runtime's implementation. The same object is
 * passed for every report about one clustered object, so a probe may key its own state (a cost
 * model's cache line for the root) by it.
 */
public interface ProbedObject {
  /** The contract's name. */
  String contract();

  /** The number of rep slots to read with {@link #entryAt(int)}; some may be empty. */
  int repSlots();

  /** The call entry of rep slot {@code slot} (the rep, or its guard), or null when it has none. */
  Object entryAt(int slot);
}

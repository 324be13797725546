package org.k42j.runtime.spi;

/**
 * A host NUMA layout that cannot be read: a sysfs node directory or file that cannot be read, or a
 * {@code cpulist} that does not parse. The message names the file and says what was expected.
 */
public final class HostTopologyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** An unreadable host layout, described by {@code message}. */
  public HostTopologyException(String message) {
    super(message);
  }
}

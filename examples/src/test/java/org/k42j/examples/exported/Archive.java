package org.k42j.examples.exported;

import org.k42j.annotations.Exported;

/**
 * An exported interface extending another ({@link Named}): its objects may be passed, returned and
 * looked up wherever a {@code Named} is expected.
 */
@Exported
public interface Archive extends Named {
  /** The name of {@code other}, asked of {@code other} by this server. */
  String nameOf(Named other);

  /** This archive, as the supertype. */
  Named asNamed();
}

package org.k42j.examples.exported;

import org.k42j.annotations.Exported;

/** An exported interface that another one extends ({@link Archive}). */
@Exported
public interface Named {
  /** The object's name. */
  String name();
}

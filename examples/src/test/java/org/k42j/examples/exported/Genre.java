package org.k42j.examples.exported;

/** An enum crossing as it is. */
public enum Genre {
  NOVEL,
  MANUAL
}

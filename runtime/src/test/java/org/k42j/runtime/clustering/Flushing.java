package org.k42j.runtime.clustering;

import java.io.IOException;

/** A contract whose broadcast declares a checked exception, for the broadcast-failure tests. */
public interface Flushing {
  /** Writes this processor's buffered part out. */
  void write(int value);

  /** Flushes every processor's part; a part may fail with an {@link IOException}. */
  void flush() throws IOException;

  /** How many parts have flushed (a gather). */
  int flushed();
}

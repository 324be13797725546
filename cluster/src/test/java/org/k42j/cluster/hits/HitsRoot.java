package org.k42j.cluster.hits;

import java.io.Serializable;
import org.k42j.annotations.Root;

/** The flushed total: one copy in the cluster. */
@Root
public class HitsRoot extends Hits_RootBase implements Serializable {
  private static final long serialVersionUID = 1L;

  private long flushed;

  public long flushed() {
    return flushed;
  }

  public long flush(long n) {
    flushed += n;
    return flushed;
  }

  public void failOnRoot(String message) {
    throw new IllegalStateException(message);
  }
}

package org.k42j.benchmarks.cluster;

import java.io.Serializable;
import org.k42j.annotations.Root;

/** The value the cluster keeps for {@link ClusterCounter#addToRoot}. */
@Root
public class ClusterCounterRoot extends ClusterCounter_RootBase implements Serializable {
  private static final long serialVersionUID = 1L;

  private long value;

  public long addToRoot(long n) {
    value += n;
    return value;
  }
}

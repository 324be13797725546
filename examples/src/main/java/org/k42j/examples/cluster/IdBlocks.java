package org.k42j.examples.cluster;

import java.io.Serializable;
import org.k42j.annotations.Root;

/**
 * The root of {@link ClusterRequestStats}: the next block of request ids. The cluster keeps one
 * copy (on the member that owns its entry, with a backup on another), so ids stay unique when
 * members come, go or crash.
 */
@Root
public class IdBlocks extends ClusterRequestStats_RootBase implements Serializable {
  /** Ids per block: a rep calls the root once per this many requests. */
  public static final long SIZE = 1_000;

  private static final long serialVersionUID = 1L;

  private long next = 1;

  /** The first id of a new block. */
  public long nextIdBlock() {
    long first = next;
    next += SIZE;
    return first;
  }
}

package org.k42j.cluster;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/**
 * Runs one {@code @OnRoot} method on the cluster's copy of a root, on the member that owns its
 * entry, under Hazelcast's per-key exclusion (one entry processor at a time per partition), and
 * stores the root back. The backup replicas then get the stored root itself ({@link RootBackup}),
 * not a second run of the method, so a root method that reads the clock or a random source leaves
 * every replica alike.
 *
 * <p>Invariant: {@code stored} is written by {@link #process} and read by {@link
 * #getBackupProcessor()} on the same partition thread, after it.
 */
final class RootCall implements EntryProcessor<String, RootEntry, Object> {
  private static final long serialVersionUID = 1L;

  private final ClusterSide<?> side;
  private final int method;
  private final Object[] args;
  private transient RootEntry stored;

  RootCall(ClusterSide<?> side, int method, Object[] args) {
    this.side = side;
    this.method = method;
    this.args = args;
  }

  @Override
  public Object process(Map.Entry<String, RootEntry> entry) {
    RootEntry current = entry.getValue();
    if (current == null) {
      throw new ClusterException(
          "the cluster holds no root of "
              + side.contract()
              + " \""
              + entry.getKey()
              + "\" any more: the members holding its entry and its backup crashed before the"
              + " cluster had copied it to another member; bind the object under a new name (and"
              + " let the cluster become safe, PartitionService.isClusterSafe, between crashes)");
    }
    if (current.destroyed()) {
      throw new ClusterObjectDestroyedException(entry.getKey(), side.contract());
    }
    if (current.root() == null) {
      throw new ClusterException(
          side.contract() + " \"" + entry.getKey() + "\" has no root copy in the cluster");
    }
    Object result;
    try {
      result = side.onRoot(current.root(), method, args);
    } catch (Exception e) {
      // Thrown as it is on the caller's side; the root is stored as the method left it.
      result = new RootCallFailure(e);
    }
    stored = new RootEntry(current.contract(), current.root(), false);
    entry.setValue(stored);
    if (result instanceof RootCallFailure) {
      throw (RootCallFailure) result;
    }
    return result;
  }

  @Override
  public EntryProcessor<String, RootEntry, Object> getBackupProcessor() {
    // Asked after process on the primary; before it (never, in Hazelcast 5), run again.
    return stored == null ? this : new RootBackup(stored);
  }
}

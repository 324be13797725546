package org.k42j.cluster;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/**
 * Marks a clustered object's root entry destroyed and drops its root copy; answers whether there
 * was an entry. Deterministic, so its backups run it again.
 */
final class MarkDestroyed implements EntryProcessor<String, RootEntry, Boolean> {
  private static final long serialVersionUID = 1L;

  @Override
  public Boolean process(Map.Entry<String, RootEntry> entry) {
    RootEntry current = entry.getValue();
    if (current == null) {
      return false;
    }
    entry.setValue(new RootEntry(current.contract(), null, true));
    return true;
  }
}

package org.k42j.cluster;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/** Stores on a backup replica the root entry its primary stored after a {@link RootCall}. */
final class RootBackup implements EntryProcessor<String, RootEntry, Object> {
  private static final long serialVersionUID = 1L;

  private final RootEntry stored;

  RootBackup(RootEntry stored) {
    this.stored = stored;
  }

  @Override
  public Object process(Map.Entry<String, RootEntry> entry) {
    entry.setValue(stored);
    return null;
  }

  @Override
  public EntryProcessor<String, RootEntry, Object> getBackupProcessor() {
    return null;
  }
}

package org.k42j.examples.ppc;

import java.util.concurrent.ConcurrentHashMap;
import org.k42j.annotations.Root;

/**
 * The store's shared state: the map (concurrent: server threads on every processor read and write
 * it) and the last batch.
 */
@Root
public final class KeyValueStoreRoot extends KeyValueStore_RootBase {
  final ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();
  private volatile Batch lastBatch;

  /** Called by the generated factory. */
  public KeyValueStoreRoot() {}

  public String put(String key, String value) {
    return map.put(key, value);
  }

  public int putAll(Batch batch) {
    int added = 0;
    for (String key : batch.keys()) {
      if (map.put(key, batch.value()) == null) {
        added++;
      }
    }
    lastBatch = batch; // the server's own copy: the stub copied the array
    return added;
  }

  public Batch lastBatch() {
    return lastBatch;
  }

  public String[] keys() {
    return map.keySet().stream().sorted().toArray(String[]::new);
  }
}

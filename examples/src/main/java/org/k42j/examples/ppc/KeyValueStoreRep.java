package org.k42j.examples.ppc;

import java.util.HashMap;
import java.util.Map;
import org.k42j.annotations.Rep;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.runtime.Processors;

/**
 * One processor's part of the store: its hit counters, plain fields touched only by the server
 * threads of its processor, one at a time. The {@code @OnRoot} methods ({@code put}, {@code
 * putAll}, {@code lastBatch}, {@code keys}) need no body here: {@code KeyValueStore_RepBase}
 * implements them by calling the root.
 */
@Rep(root = KeyValueStoreRoot.class)
final class KeyValueStoreRep extends KeyValueStore_RepBase implements KeyValueStore {
  private final Map<String, long[]> hits = new HashMap<>();

  @Override
  public String get(String key) {
    return root().map.get(key);
  }

  @Override
  public void hit(String counter) {
    hits.computeIfAbsent(counter, c -> new long[1])[0]++;
  }

  @Override
  public long hits(String counter) {
    long[] count = hits.get(counter);
    return count == null ? 0 : count[0];
  }

  @Override
  public Served served() {
    return new Served(
        Processors.current(),
        UThread.current().dispatcher().addressSpace().name(),
        homeProcessor());
  }

  @Override
  public int reps() {
    return 1;
  }
}

package org.k42j.kernel.ppc;

import java.util.HashMap;
import java.util.Map;
import org.k42j.annotations.Rep;
import org.k42j.kernel.ppc.fixture.Entry;
import org.k42j.kernel.ppc.fixture.Mode;
import org.k42j.kernel.ppc.fixture.Store;
import org.k42j.kernel.ppc.fixture.StoreException;

/**
 * One processor's part of a {@link ProcessorStore}: plain fields (an exclusive per-processor rep:
 * on virtual processors one thread at a time runs here, no guard).
 */
@Rep
final class ProcessorStoreRep extends ProcessorStore_RepBase implements ProcessorStore {
  private final Map<String, Long> counts = new HashMap<>();
  private long total;

  @Override
  public long add(String key, long delta) {
    total += delta;
    return counts.merge(key, delta, Long::sum);
  }

  @Override
  public long count(String key) {
    return counts.getOrDefault(key, 0L);
  }

  @Override
  public int[] keep(int[] values) {
    throw new UnsupportedOperationException("the per-processor store keeps no arrays");
  }

  @Override
  public int[] kept() {
    throw new UnsupportedOperationException("the per-processor store keeps no arrays");
  }

  @Override
  public Entry swap(Entry next) {
    throw new UnsupportedOperationException("the per-processor store keeps no entries");
  }

  @Override
  public int servedBy() {
    return homeProcessor();
  }

  @Override
  public void hold(String gate) {
    throw new UnsupportedOperationException("a per-processor store does not hold");
  }

  @Override
  public void fail(String message) throws StoreException {
    throw new StoreException(message);
  }

  @Override
  public long countIn(Store other, String key) {
    return other.count(key);
  }

  @Override
  public Store self() {
    throw new UnsupportedOperationException("export the dispatcher, not a rep");
  }

  @Override
  public void post(String key, long delta) {
    add(key, delta);
  }

  @Override
  public Mode echo(Mode mode) {
    return mode;
  }

  @Override
  public long total() {
    return total;
  }

  @Override
  public int reps() {
    return 1;
  }
}

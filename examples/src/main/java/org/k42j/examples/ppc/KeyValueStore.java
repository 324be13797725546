package org.k42j.examples.ppc;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.OnRoot;
import org.k42j.annotations.Reduce;

/**
 * The server's implementation of the {@link KeyValueService}: a clustered object with one rep per
 * processor. Exported, every PPC runs on the caller's processor and so lands on that processor's
 * rep: hits are counted there with a plain increment (exclusive per-processor reps need no guard on
 * virtual processors) and summed by a gather; the keys and values live on the root, in one
 * concurrent map every rep reads.
 */
@ClusteredObject
public interface KeyValueStore extends KeyValueService {
  /** Stores on the root. */
  @Override
  @OnRoot
  String put(String key, String value);

  /** Stores on the root. */
  @Override
  @OnRoot
  int putAll(Batch batch);

  /** Reads the root's audit. */
  @Override
  @OnRoot
  Batch lastBatch();

  /** Every rep's hits, summed. */
  @Override
  @Gather(reduce = Reduce.SUM)
  long hits(String counter);

  /** The root's keys. */
  @Override
  @OnRoot
  String[] keys();

  /** The number of reps: the processors the service was called from. */
  @Gather(reduce = Reduce.SUM)
  int reps();
}

package org.k42j.it.routing;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/**
 * A partitioned set of tags whose {@code toString} and {@code hashCode} are those of the whole set,
 * gathered from the reps; {@code equals} is left unmarked, so it stays the handle's identity.
 */
@ClusteredObject
public interface Tags {
  void add(String tag);

  /** Every rep's tags, joined with commas by {@link CommaJoin}. */
  @Gather(combiner = CommaJoin.class)
  @Override
  String toString();

  /** A set's hash: the sum of its elements' hashes, each rep adding its own. */
  @Gather(reduce = Reduce.SUM)
  @Override
  int hashCode();
}

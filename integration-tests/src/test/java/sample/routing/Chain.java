package sample.routing;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/**
 * A contract for the routing rules both paths of the equivalence test must share: a fluent method
 * and one returning the rep as Object (the handle comes back), a default method the rep does not
 * override (its body runs on the handle, so it sees the gathered total), one it overrides (to the
 * rep), and a gathered {@code toString} and {@code hashCode}.
 */
@ClusteredObject
public interface Chain {
  Chain add(long delta);

  Object self();

  @Gather(reduce = Reduce.SUM)
  long total();

  default boolean busy(long threshold) {
    return total() > threshold;
  }

  default String label() {
    return "contract";
  }

  @Gather(combiner = Join.class)
  @Override
  String toString();

  @Gather(reduce = Reduce.SUM)
  @Override
  int hashCode();
}

package org.k42j.cluster.internal;

import java.util.List;
import org.k42j.annotations.Combiner;
import org.k42j.annotations.Reduce;
import org.k42j.cluster.ClusterException;
import org.k42j.cluster.ClusterSide;
import org.k42j.runtime.internal.Broadcasts;

/**
 * The routes of generated {@code <Contract>_Cluster} code (for it only): a member-local gather or
 * broadcast over the member's parts, and the folds of a gather's boxed results (a member's local
 * objects, or the members of the cluster) with the gather's reduction or combiner, as the
 * member-local dispatcher folds its reps: from the identity, one part after another.
 */
public final class ClusterRoutes {
  private ClusterRoutes() {}

  /**
   * A member-local gather or broadcast over {@code parts} ({@link ClusterSide#onMember}); what a
   * part throws is thrown as it is, checked or not (the contract method declares it).
   */
  public static <T> Object onParts(ClusterSide<T> side, List<T> parts, int method, Object[] args) {
    try {
      return side.onMember(parts, method, args);
    } catch (Exception e) {
      throw Broadcasts.rethrow(e);
    }
  }

  /**
   * Folds {@code parts} with {@code reduce}, in {@code type} ({@code int.class}, {@code
   * long.class}, {@code float.class}, {@code double.class} or {@code boolean.class}); the identity
   * when there is no part. Returns the box of {@code type}.
   */
  public static Object reduce(Reduce reduce, Class<?> type, List<Object> parts) {
    if (type == boolean.class) {
      boolean all = reduce == Reduce.ALL;
      boolean result = all;
      for (Object part : parts) {
        result = all ? result && (Boolean) part : result || (Boolean) part;
      }
      return result;
    }
    if (type == int.class || type == long.class) {
      long result =
          reduce == Reduce.SUM
              ? 0L
              : reduce == Reduce.MIN
                  ? (type == int.class ? Integer.MAX_VALUE : Long.MAX_VALUE)
                  : (type == int.class ? Integer.MIN_VALUE : Long.MIN_VALUE);
      for (Object part : parts) {
        long value = ((Number) part).longValue();
        result =
            reduce == Reduce.SUM
                ? result + value
                : reduce == Reduce.MIN ? Math.min(result, value) : Math.max(result, value);
      }
      return type == int.class ? (Object) (int) result : (Object) result;
    }
    if (type == float.class || type == double.class) {
      double result =
          reduce == Reduce.SUM
              ? 0.0
              : reduce == Reduce.MIN ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      for (Object part : parts) {
        double value = ((Number) part).doubleValue();
        result =
            reduce == Reduce.SUM
                ? result + value
                : reduce == Reduce.MIN ? Math.min(result, value) : Math.max(result, value);
      }
      return type == float.class ? (Object) (float) result : (Object) result;
    }
    throw new IllegalArgumentException("Reduce." + reduce + " cannot fold " + type);
  }

  /**
   * Folds {@code parts} with {@code combiner}: its identity, then {@code combine} with each part.
   *
   * @param primitive whether the gather returns a primitive, which a null result cannot become
   * @param method the gather, as {@code Contract.method()}, for the error
   */
  @SuppressWarnings("unchecked")
  public static <R> R combine(
      Combiner<R> combiner, List<Object> parts, boolean primitive, String method) {
    R result = combiner.identity();
    for (Object part : parts) {
      result = combiner.combine(result, (R) part);
    }
    if (result == null && primitive) {
      throw new ClusterException(
          combiner.getClass().getSimpleName()
              + " folded the parts of "
              + method
              + " to null, which its primitive result cannot hold; make the combiner return a"
              + " non-null value");
    }
    return result;
  }
}

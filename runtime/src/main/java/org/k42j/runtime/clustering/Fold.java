package org.k42j.runtime.clustering;

import java.lang.reflect.Method;
import java.util.function.Supplier;
import org.k42j.annotations.Combiner;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjectException;

/**
 * How a gather folds its reps' results: the processor's generated folds, run on boxed values. A
 * built-in reduction folds in the primitive type of the result (an {@code int} sum wraps around as
 * {@code +=} on an {@code int} does; floating minima start at the infinities); a combiner folds
 * from {@code identity()} through {@code combine}. A {@code null} the fold would unbox is reported
 * with the processor's message, naming the rep class or combiner method that returned it.
 */
final class Fold {
  private final Reduce reduce;
  private final Class<?> result; // as the contract sees it: Integer for Supplier<Integer>.get()
  private final Class<?> primitive;
  private final Combiner<Object> combiner;
  private final boolean primitiveResult;
  private final Class<?> contract;
  private final Method method;
  private final Class<?> combinerType;

  @SuppressWarnings("unchecked")
  Fold(Class<?> contract, MethodRoute route, Combiner<?> combiner) {
    this.contract = contract;
    this.method = route.method();
    this.reduce = route.reduce();
    this.result = GenericTypes.returnClass(contract, method);
    this.primitive = ReflectedNames.unboxed(result);
    this.primitiveResult = result.isPrimitive();
    this.combiner = (Combiner<Object>) combiner;
    this.combinerType = route.combiner();
  }

  /** The fold's start, which is also the result with no rep. */
  Object start() {
    if (combiner != null) {
      Object identity = combiner.identity();
      if (identity == null && primitiveResult) {
        throw new ClusteredObjectException(combinerReturnedNull("identity()"));
      }
      return identity;
    }
    return switch (reduce) {
      case ALL -> Boolean.TRUE;
      case ANY -> Boolean.FALSE;
      case SUM -> number(0, 0L, 0f, 0d);
      case MIN ->
          number(
              Integer.MAX_VALUE, Long.MAX_VALUE, Float.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
      case MAX ->
          number(
              Integer.MIN_VALUE, Long.MIN_VALUE, Float.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
      default -> throw new IllegalStateException("no built-in fold for Reduce." + reduce);
    };
  }

  /**
   * One rep's result folded in.
   *
   * @param repName names the rep's class for the message about a null result
   */
  Object step(Object accumulated, Object next, Supplier<String> repName) {
    if (combiner != null) {
      Object combined = combiner.combine(accumulated, next);
      if (combined == null && primitiveResult) {
        String box = ReflectedNames.simple(ReflectedNames.boxed(result));
        throw new ClusteredObjectException(
            combinerReturnedNull("combine(" + box + ", " + box + ")"));
      }
      return combined;
    }
    if (next == null) {
      throw new ClusteredObjectException(repReturnedNull(repName.get()));
    }
    if (primitive == boolean.class) {
      boolean a = (Boolean) accumulated;
      boolean b = (Boolean) next;
      return reduce == Reduce.ALL ? a & b : a | b;
    }
    if (primitive == int.class) {
      int a = (Integer) accumulated;
      int b = (Integer) next;
      return reduce == Reduce.SUM ? a + b : reduce == Reduce.MIN ? Math.min(a, b) : Math.max(a, b);
    }
    if (primitive == long.class) {
      long a = (Long) accumulated;
      long b = (Long) next;
      return reduce == Reduce.SUM ? a + b : reduce == Reduce.MIN ? Math.min(a, b) : Math.max(a, b);
    }
    if (primitive == float.class) {
      float a = (Float) accumulated;
      float b = (Float) next;
      return reduce == Reduce.SUM ? a + b : reduce == Reduce.MIN ? Math.min(a, b) : Math.max(a, b);
    }
    double a = (Double) accumulated;
    double b = (Double) next;
    return reduce == Reduce.SUM ? a + b : reduce == Reduce.MIN ? Math.min(a, b) : Math.max(a, b);
  }

  private Object number(int i, long l, float f, double d) {
    if (primitive == int.class) {
      return i;
    }
    if (primitive == long.class) {
      return l;
    }
    if (primitive == float.class) {
      return f;
    }
    return d;
  }

  private String repReturnedNull(String repName) {
    String contractMethod = ReflectedNames.method(contract, method);
    return repName
        + "."
        + ReflectedNames.signature(contract, method)
        + " returned null, which Reduce."
        + reduce.name()
        + " cannot fold into "
        + contractMethod
        + "; make it never return null, or declare "
        + contractMethod
        + " to return "
        + primitive.getName();
  }

  private String combinerReturnedNull(String call) {
    String called = ReflectedNames.simple(combinerType) + "." + call;
    return called
        + " returned null, but "
        + ReflectedNames.method(contract, method)
        + " returns "
        + result.getName()
        + "; make "
        + called
        + " return a non-null "
        + ReflectedNames.simple(ReflectedNames.boxed(result));
  }
}

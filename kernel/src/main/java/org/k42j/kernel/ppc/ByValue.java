package org.k42j.kernel.ppc;

import java.lang.reflect.Array;
import java.util.function.UnaryOperator;

/**
 * Copies for values that cross address spaces by value, used by generated stubs and skeletons: no
 * object the client holds is ever the object the server sees, and the other way round. Primitives,
 * strings, boxed primitives, enums and records of such are immutable and pass as they are; arrays
 * are copied here, records holding arrays are rebuilt by the generated code.
 */
public final class ByValue {
  private ByValue() {}

  /**
   * A deep copy of {@code array} (any array type): a new array, and nested arrays copied in turn;
   * other elements are shared (they must be immutable). Null stays null.
   */
  public static <A> A array(A array) {
    if (array == null) {
      return null;
    }
    Class<?> type = array.getClass();
    if (!type.isArray()) {
      throw new IllegalArgumentException(type.getName() + " is not an array");
    }
    int length = Array.getLength(array);
    Class<?> component = type.getComponentType();
    @SuppressWarnings("unchecked")
    A copy = (A) Array.newInstance(component, length);
    if (component.isArray()) {
      for (int i = 0; i < length; i++) {
        Array.set(copy, i, array(Array.get(array, i)));
      }
    } else {
      System.arraycopy(array, 0, copy, 0, length);
    }
    return copy;
  }

  /**
   * A copy of {@code array} whose elements are copied by {@code element} (records holding arrays).
   * Null stays null; null elements stay null.
   */
  public static <E> E[] array(E[] array, UnaryOperator<E> element) {
    if (array == null) {
      return null;
    }
    E[] copy = array.clone();
    for (int i = 0; i < copy.length; i++) {
      copy[i] = copy[i] == null ? null : element.apply(copy[i]);
    }
    return copy;
  }
}

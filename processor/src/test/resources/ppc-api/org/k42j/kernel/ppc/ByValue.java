package org.k42j.kernel.ppc;

import java.lang.reflect.Array;
import java.util.function.UnaryOperator;

/** Copy of the kernel's by-value copies (the same code). */
public final class ByValue {
  private ByValue() {}

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

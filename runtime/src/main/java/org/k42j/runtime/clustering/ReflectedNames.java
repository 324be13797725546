package org.k42j.runtime.clustering;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * How messages name types and methods: as the processor's messages do, by simple names from the
 * outermost type inward ({@code Outer.Log}), without type arguments, methods as {@code
 * name(ParameterType, ...)} with varargs as {@code Type...}.
 */
final class ReflectedNames {
  private ReflectedNames() {}

  /** {@code Outer.Inner}; primitives by keyword; arrays with {@code []}. */
  static String simple(Type type) {
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        return simple(c.getComponentType()) + "[]";
      }
      if (c.isPrimitive()) {
        return c.getName();
      }
      List<String> names = new ArrayList<>();
      for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
        names.add(0, t.getSimpleName());
      }
      return String.join(".", names);
    }
    if (type instanceof ParameterizedType p) {
      return simple(p.getRawType());
    }
    if (type instanceof GenericArrayType a) {
      return simple(a.getGenericComponentType()) + "[]";
    }
    if (type instanceof TypeVariable<?> v) {
      return v.getName();
    }
    return type.getTypeName();
  }

  /** {@code name(long, String...)}, as the method's declaring type declares it. */
  static String signature(Method method) {
    return signature(method, method.getGenericParameterTypes());
  }

  /**
   * {@code name(String)}: as {@code contract} sees the method, type arguments substituted ({@code
   * apply(String)} for {@code Function.apply} in a contract extending {@code Function<String,
   * Integer>}).
   */
  static String signature(Class<?> contract, Method method) {
    return signature(method, GenericTypes.parameterTypes(contract, method));
  }

  private static String signature(Method method, Type[] parameters) {
    List<String> types = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      String type = simple(parameters[i]);
      if (method.isVarArgs() && i == parameters.length - 1 && type.endsWith("[]")) {
        type = type.substring(0, type.length() - 2) + "...";
      }
      types.add(type);
    }
    return method.getName() + "(" + String.join(", ", types) + ")";
  }

  /** {@code name(long, String)} from a name and erased parameter types, for methods not found. */
  static String signature(String name, Class<?>[] parameterTypes) {
    List<String> types = new ArrayList<>();
    for (Class<?> type : parameterTypes) {
      types.add(type == null ? "null" : simple(type));
    }
    return name + "(" + String.join(", ", types) + ")";
  }

  /** {@code Contract.name(long)}: a method as the contract declares it. */
  static String method(Class<?> contract, Method method) {
    return simple(contract) + "." + signature(contract, method);
  }

  /** The primitive of a box, or the type itself. */
  static Class<?> unboxed(Class<?> type) {
    if (type == Integer.class) {
      return int.class;
    }
    if (type == Long.class) {
      return long.class;
    }
    if (type == Float.class) {
      return float.class;
    }
    if (type == Double.class) {
      return double.class;
    }
    if (type == Boolean.class) {
      return boolean.class;
    }
    if (type == Short.class) {
      return short.class;
    }
    if (type == Byte.class) {
      return byte.class;
    }
    if (type == Character.class) {
      return char.class;
    }
    return type;
  }

  /** The box of a primitive, or the type itself. */
  static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
  }
}

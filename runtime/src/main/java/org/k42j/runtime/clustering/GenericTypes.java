package org.k42j.runtime.clustering;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.Map;

/**
 * A contract method's types as the contract sees them, which is how the processor sees them: a
 * method inherited from a generic superinterface has its type variables replaced by the contract's
 * type arguments ({@code Object get()} of {@code Supplier<T>} is {@code Integer get()} in a
 * contract extending {@code Supplier<Integer>}, and {@code apply(Object)} of {@code Function<T, R>}
 * is {@code apply(String)} in one extending {@code Function<String, Integer>}). A type variable the
 * contract does not bind (its own, or a method's) stays a variable, whose class is its first
 * bound's. Reflection reports the erased, declared types; the generated classes implement the
 * resolved ones and cast where the two differ.
 */
final class GenericTypes {
  private GenericTypes() {}

  /** The method's return type in {@code contract}, type arguments substituted. */
  static Type returnType(Class<?> contract, Method method) {
    return resolve(bindings(contract), method.getGenericReturnType());
  }

  /** The class of {@link #returnType}: {@code Integer} for {@code Supplier<Integer>.get()}. */
  static Class<?> returnClass(Class<?> contract, Method method) {
    return erasure(returnType(contract, method));
  }

  /** The method's parameter types in {@code contract}, type arguments substituted. */
  static Type[] parameterTypes(Class<?> contract, Method method) {
    Map<TypeVariable<?>, Type> bindings = bindings(contract);
    Type[] types = method.getGenericParameterTypes();
    Type[] resolved = new Type[types.length];
    for (int i = 0; i < types.length; i++) {
      resolved[i] = resolve(bindings, types[i]);
    }
    return resolved;
  }

  /** The classes of {@link #parameterTypes}. */
  static Class<?>[] parameterClasses(Class<?> contract, Method method) {
    Type[] types = parameterTypes(contract, method);
    Class<?>[] classes = new Class<?>[types.length];
    for (int i = 0; i < types.length; i++) {
      classes[i] = erasure(types[i]);
    }
    return classes;
  }

  /** The class a type erases to: a type variable or wildcard to its first upper bound. */
  static Class<?> erasure(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof GenericArrayType a) {
      return Array.newInstance(erasure(a.getGenericComponentType()), 0).getClass();
    }
    if (type instanceof TypeVariable<?> v) {
      return erasure(v.getBounds()[0]);
    }
    if (type instanceof WildcardType w) {
      return erasure(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  /** Every type variable of a supertype of {@code contract} that it binds, to what it binds. */
  private static Map<TypeVariable<?>, Type> bindings(Class<?> contract) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    collect(contract, bindings);
    return bindings;
  }

  private static void collect(Class<?> type, Map<TypeVariable<?>, Type> bindings) {
    for (Type supertype : type.getGenericInterfaces()) {
      if (supertype instanceof ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        TypeVariable<?>[] variables = raw.getTypeParameters();
        Type[] arguments = p.getActualTypeArguments();
        for (int i = 0; i < variables.length; i++) {
          // Resolved against what is bound so far: supertypes are visited from the contract up.
          bindings.putIfAbsent(variables[i], resolve(bindings, arguments[i]));
        }
        collect(raw, bindings);
      } else if (supertype instanceof Class<?> raw) {
        collect(raw, bindings);
      }
    }
  }

  private static Type resolve(Map<TypeVariable<?>, Type> bindings, Type type) {
    if (type instanceof TypeVariable<?> v) {
      Type bound = bindings.get(v);
      return bound == null ? v : bound;
    }
    if (type instanceof GenericArrayType a) {
      Type component = resolve(bindings, a.getGenericComponentType());
      return component instanceof Class<?> c ? Array.newInstance(c, 0).getClass() : type;
    }
    return type;
  }
}

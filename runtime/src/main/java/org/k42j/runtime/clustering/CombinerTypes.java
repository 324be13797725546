package org.k42j.runtime.clustering;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;
import org.k42j.annotations.Combiner;

/**
 * The type a combiner class folds: the {@code T} of the {@code Combiner<T>} it implements, resolved
 * through its superclasses and superinterfaces ({@code class Union<E> implements Combiner<Set<E>>}
 * folds {@code Set<E>}).
 */
final class CombinerTypes {
  private CombinerTypes() {}

  /** The folded type of {@code combiner}; {@code Object} when it implements Combiner raw. */
  static Type foldedType(Class<?> combiner) {
    Type found = search(combiner, new HashMap<>());
    return found == null ? Object.class : found;
  }

  private static Type search(Type type, Map<TypeVariable<?>, Type> bindings) {
    Class<?> raw = GenericTypes.erasure(type);
    if (type instanceof ParameterizedType parameterized) {
      TypeVariable<?>[] variables = raw.getTypeParameters();
      Type[] arguments = parameterized.getActualTypeArguments();
      Map<TypeVariable<?>, Type> inner = new HashMap<>(bindings);
      for (int i = 0; i < variables.length; i++) {
        inner.put(variables[i], resolve(arguments[i], bindings));
      }
      bindings = inner;
      if (raw == Combiner.class) {
        return resolve(arguments[0], bindings);
      }
    } else if (raw == Combiner.class) {
      return Object.class;
    }
    for (Type parent : raw.getGenericInterfaces()) {
      Type found = search(parent, bindings);
      if (found != null) {
        return found;
      }
    }
    Type superclass = raw.getGenericSuperclass();
    return superclass == null ? null : search(superclass, bindings);
  }

  private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable<?> variable && bindings.containsKey(variable)) {
      return bindings.get(variable);
    }
    return type;
  }
}

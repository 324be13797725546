package org.k42j.runtime.clustering;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.k42j.model.RouteKind;
import org.k42j.runtime.ClusteredObjectException;

/**
 * The run-time path's form of two rules the processor applies once it knows the rep class:
 *
 * <ul>
 *   <li>A default method of the contract that no declaration routes and that the rep class does not
 *       override runs its own body on the handle ({@link RouteKind#DEFAULT_BODY}): the generated
 *       classes do not implement it, so every call the body makes on {@code this} is routed as
 *       declared. With a rep maker instead of a rep class, the declaration cannot know the class,
 *       so such methods run on the handle and a rep the maker makes that overrides one is refused
 *       when it is made (rather than silently never called).
 *   <li>A method whose call may return the rep (or the root object) itself returns the handle
 *       instead ({@link #returnsHandle}).
 * </ul>
 */
final class DefaultBodies {
  private DefaultBodies() {}

  /**
   * {@code routes} with every unrouted default method the rep class does not override turned into
   * {@link RouteKind#DEFAULT_BODY}.
   *
   * @param repClass the declared rep class, or null when reps come from a maker
   */
  static List<MethodRoute> apply(List<MethodRoute> routes, Class<?> repClass) {
    List<MethodRoute> applied = new ArrayList<>();
    for (MethodRoute route : routes) {
      Method method = route.method();
      boolean runsOnHandle =
          route.kind() == RouteKind.DISPATCH
              && method.isDefault()
              && (repClass == null || !overrides(repClass, method));
      applied.add(
          runsOnHandle
              ? new MethodRoute(method, RouteKind.DEFAULT_BODY, route.reduce(), null, null)
              : route);
    }
    return applied;
  }

  /**
   * Whether {@code type} has a public instance method of a class (not a default method of an
   * interface) with {@code method}'s name and parameters: an override of it, or, for a class that
   * does not implement the contract, the method its generated subclass inherits for it.
   */
  static boolean overrides(Class<?> type, Method method) {
    try {
      Method found = type.getMethod(method.getName(), method.getParameterTypes());
      return !found.getDeclaringClass().isInterface()
          && !Modifier.isStatic(found.getModifiers())
          && !Modifier.isAbstract(found.getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * Refuses a rep a maker made whose class overrides a default method that runs on the handle: the
   * override would never be called.
   */
  static void checkMadeRep(Class<?> contract, Class<?> made, List<MethodRoute> routes) {
    for (MethodRoute route : routes) {
      if (route.kind() == RouteKind.DEFAULT_BODY && overrides(made, route.method())) {
        throw new ClusteredObjectException(
            "the rep maker of "
                + ReflectedNames.simple(contract)
                + " made a "
                + made.getName()
                + ", which overrides the default method "
                + ReflectedNames.signature(route.method())
                + "; a declaration with a rep maker runs the contract's default methods on the"
                + " handle, so the override would never be called: declare the reps with"
                + " repClass("
                + made.getSimpleName()
                + ".class), whose overrides are routed to the rep");
      }
    }
  }

  /**
   * Refuses a version whose class differs from the declared reps in which unrouted default methods
   * it overrides: the generated classes follow the declared reps, so after a swap the version's
   * override would never be called, or the version would run the default body on itself.
   */
  static void checkVersions(ClusterModel model) {
    Class<?> repClass = model.reps().type();
    for (ClusterModel.Version version : model.versions()) {
      for (MethodRoute route : model.methods()) {
        boolean unrouted = route.kind() == RouteKind.DEFAULT_BODY;
        if (!unrouted && !(route.kind() == RouteKind.DISPATCH && route.method().isDefault())) {
          continue;
        }
        boolean byReps = !unrouted;
        boolean byVersion = overrides(version.repClass(), route.method());
        if (byReps != byVersion) {
          String reps =
              repClass == null ? "the reps the maker makes" : ReflectedNames.simple(repClass);
          String versionName = ReflectedNames.simple(version.repClass());
          throw RuntimeRule.REP_VERSION_DEFAULT_METHODS.exception(
              versionName,
              reps,
              byReps ? reps : versionName,
              ReflectedNames.signature(route.method()),
              byReps ? versionName : reps);
        }
      }
    }
  }

  /**
   * Whether a call of {@code method} may return the object it was made on, which the generated code
   * then replaces with the handle: the result type, as a member of {@code contract} (an inherited
   * {@code B add()} of {@code Builder<Chain>} returns {@code Chain}), is a class or parameterized
   * type that {@code self}, the contract or root class, is assignable to. A result that stays a
   * type variable is passed on as it is, as the processor's rule has it.
   */
  static boolean returnsHandle(Class<?> contract, Method method, Class<?> self) {
    Type result = method.getGenericReturnType();
    if (result instanceof TypeVariable<?> variable) {
      result = resolve(contract, variable);
    }
    Class<?> raw =
        result instanceof Class<?> type
            ? type
            : result instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : null;
    return raw != null && !raw.isPrimitive() && raw.isAssignableFrom(self);
  }

  /** What {@code variable} of a superinterface stands for in {@code contract}, or itself. */
  private static Type resolve(Class<?> contract, TypeVariable<?> variable) {
    Map<TypeVariable<?>, Type> bindings = new HashMap<>();
    bind(contract, bindings);
    Type resolved = variable;
    for (int hops = 0; resolved instanceof TypeVariable<?> && hops <= bindings.size(); hops++) {
      Type next = bindings.get(resolved);
      if (next == null) {
        break;
      }
      resolved = next;
    }
    return resolved;
  }

  /** Records the type arguments {@code type} and its superinterfaces give their supertypes. */
  private static void bind(Class<?> type, Map<TypeVariable<?>, Type> bindings) {
    for (Type supertype : type.getGenericInterfaces()) {
      if (supertype instanceof ParameterizedType parameterized) {
        Class<?> raw = (Class<?>) parameterized.getRawType();
        TypeVariable<?>[] variables = raw.getTypeParameters();
        Type[] arguments = parameterized.getActualTypeArguments();
        for (int i = 0; i < variables.length; i++) {
          bindings.putIfAbsent(variables[i], arguments[i]);
        }
        bind(raw, bindings);
      } else if (supertype instanceof Class<?> raw) {
        bind(raw, bindings);
      }
    }
  }
}

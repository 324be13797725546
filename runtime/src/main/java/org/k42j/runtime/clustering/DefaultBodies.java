package org.k42j.runtime.clustering;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.List;
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
                + Names.simple(contract)
                + " made a "
                + made.getName()
                + ", which overrides the default method "
                + Names.signature(route.method())
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
          String reps = repClass == null ? "the reps the maker makes" : Names.simple(repClass);
          String versionName = Names.simple(version.repClass());
          throw Problem.REP_VERSION_DEFAULT_METHODS.exception(
              versionName,
              Names.simple(model.contract()),
              reps,
              byReps ? reps : versionName,
              Names.signature(route.method()),
              byReps ? versionName : reps);
        }
      }
    }
  }

  /**
   * Whether a call of {@code method} may return the object it was made on, which the generated code
   * then replaces with the handle: the declared result is a class or parameterized type (not a type
   * variable, as the processor's rule) that {@code self}, the contract or root class, is assignable
   * to.
   */
  static boolean returnsHandle(Method method, Class<?> self) {
    Class<?> result = method.getReturnType();
    return !result.isPrimitive()
        && !(method.getGenericReturnType() instanceof TypeVariable<?>)
        && result.isAssignableFrom(self);
  }
}

package org.k42j.runtime.clustering;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.k42j.annotations.Combiner;
import org.k42j.annotations.Reduce;
import org.k42j.model.DeclarationRules;
import org.k42j.model.Finding;
import org.k42j.model.RouteKind;
import org.k42j.runtime.clustering.ClusterModel.RootSource;
import org.k42j.runtime.clustering.Declaration.RouteRequest;

/**
 * The routes of a declaration: finds each declared method, refuses a method declared two ways, and
 * checks each route against the shared rules ({@link DeclarationRules#route}) and this path's own
 * questions: whether the combiner class is a {@code Combiner} of the boxed result the dispatcher
 * can create, and which root method an on-root method runs.
 */
final class RouteChecks {
  private RouteChecks() {}

  /**
   * Every contract method's route: as declared by {@code requests}, else to the caller's rep; a
   * {@code toString}, {@code equals} or {@code hashCode} the contract redeclares only when
   * declared.
   */
  static List<MethodRoute> routes(
      List<RouteRequest> requests, Class<?> contract, ContractMethods methods, RootSource root) {
    Map<Method, MethodRoute> declared = new LinkedHashMap<>();
    Map<Method, String> how = new LinkedHashMap<>();
    for (RouteRequest request : requests) {
      String routing = describe(request.kind(), request.reduce(), request.combiner());
      if (request.name() == null) {
        throw RuntimeRule.NULL_ARGUMENT.exception(
            "the name of the method declared " + routing, "pass the contract method's name");
      }
      if (request.parameterTypes() == null) {
        throw RuntimeRule.NULL_ARGUMENT.exception(
            "the parameter types of " + request.name(),
            "pass the parameter types, or none for the method taking none");
      }
      Method method = methods.find(request.name(), request.parameterTypes(), routing);
      String earlier = how.putIfAbsent(method, routing);
      if (earlier != null && !earlier.equals(routing)) {
        throw RuntimeRule.ROUTING_CONFLICT.exception(
            ReflectedNames.method(contract, method), earlier, routing, "keep one");
      }
    }
    for (RouteRequest request : requests) {
      Method method =
          methods.find(
              request.name(),
              request.parameterTypes(),
              describe(request.kind(), request.reduce(), request.combiner()));
      declared.put(method, route(contract, method, request, root));
    }
    List<MethodRoute> all = new ArrayList<>();
    for (Method method : methods.all()) {
      all.add(declared.getOrDefault(method, MethodRoute.dispatch(method)));
    }
    // A toString, equals or hashCode the contract redeclares is routed only when declared so.
    for (Map.Entry<Method, MethodRoute> route : declared.entrySet()) {
      if (ContractMethods.isObjectMethod(route.getKey())) {
        all.add(route.getValue());
      }
    }
    return all;
  }

  private static MethodRoute route(
      Class<?> contract, Method method, RouteRequest request, RootSource root) {
    String display = ReflectedNames.method(contract, method);
    Type resultType = GenericTypes.returnType(contract, method);
    Finding finding =
        DeclarationRules.route(
            Views.method(contract, method),
            request.kind(),
            request.byReduce() ? request.reduce() : Reduce.NONE,
            !request.byReduce() && request.combiner() != null);
    if (finding != null) {
      throw RuntimeRule.exception(finding);
    }
    switch (request.kind()) {
      case GATHER:
        if (request.byReduce()) {
          return new MethodRoute(method, RouteKind.GATHER, request.reduce(), null, null);
        }
        checkCombiner(display, resultType, request.combiner());
        return new MethodRoute(method, RouteKind.GATHER, Reduce.NONE, request.combiner(), null);
      case BROADCAST:
        return new MethodRoute(method, RouteKind.BROADCAST, Reduce.NONE, null, null);
      case ON_ROOT:
        if (root == null) {
          throw RuntimeRule.ON_ROOT_WITHOUT_ROOT.exception(
              display, "the declaration of " + ReflectedNames.simple(contract));
        }
        return new MethodRoute(
            method,
            RouteKind.ON_ROOT,
            Reduce.NONE,
            null,
            rootMethod(contract, display, method, root));
      default:
        throw new IllegalStateException("no declaration routes " + request.kind());
    }
  }

  private static void checkCombiner(String display, Type result, Class<?> combiner) {
    Class<?> returned = GenericTypes.erasure(result);
    String boxed = ReflectedNames.simple(ReflectedNames.boxed(returned));
    if (!Combiner.class.isAssignableFrom(combiner)) {
      throw RuntimeRule.GATHER_COMBINER_TYPE.exception(
          ReflectedNames.simple(combiner),
          "not a Combiner",
          display,
          ReflectedNames.simple(result),
          boxed);
    }
    Type folded = CombinerTypes.foldedType(combiner);
    Class<?> erased = GenericTypes.erasure(folded);
    Class<?> wanted = ReflectedNames.boxed(returned);
    boolean fits =
        folded instanceof TypeVariable<?> ? erased.isAssignableFrom(wanted) : erased == wanted;
    if (!fits) {
      throw RuntimeRule.GATHER_COMBINER_TYPE.exception(
          ReflectedNames.simple(combiner),
          "a Combiner<" + ReflectedNames.simple(folded) + ">",
          display,
          ReflectedNames.simple(result),
          boxed);
    }
    String unusable = null;
    String remedy = "name a concrete class with a constructor taking no arguments";
    int modifiers = combiner.getModifiers();
    if (combiner.isInterface()) {
      unusable = "it is an interface";
    } else if (Modifier.isAbstract(modifiers)) {
      unusable = "it is abstract";
    } else if (combiner.isMemberClass() && !Modifier.isStatic(modifiers)) {
      unusable = "it is an inner class, which needs an enclosing instance";
      remedy = "make it a static nested class or a top-level class";
    } else {
      try {
        Constructor<?> constructor = combiner.getDeclaredConstructor();
        if (!constructor.trySetAccessible()) {
          unusable = "its constructor is not accessible to k42j";
          remedy = "make the class and its constructor public";
        }
      } catch (NoSuchMethodException e) {
        unusable = "it has no constructor taking no arguments";
        remedy = "add one";
      }
    }
    if (unusable != null) {
      throw RuntimeRule.GATHER_COMBINER_UNUSABLE.exception(
          ReflectedNames.simple(combiner), display, unusable, remedy);
    }
  }

  private static Method rootMethod(
      Class<?> contract, String display, Method method, RootSource root) {
    Class<?> type = root.type();
    Class<?>[] parameters = GenericTypes.parameterClasses(contract, method);
    Type resultType = GenericTypes.returnType(contract, method);
    Method found = null;
    for (Method candidate : type.getMethods()) {
      if (candidate.getName().equals(method.getName())
          && !Modifier.isStatic(candidate.getModifiers())
          && !candidate.isBridge()
          && java.util.Arrays.equals(candidate.getParameterTypes(), parameters)) {
        found = candidate;
        break;
      }
    }
    if (found == null) {
      throw RuntimeRule.ON_ROOT_MISSING_METHOD.exception(
          ReflectedNames.simple(type),
          ReflectedNames.signature(contract, method),
          display,
          ReflectedNames.simple(type));
    }
    String rootDisplay = ReflectedNames.simple(type) + "." + ReflectedNames.signature(found);
    Class<?> wanted = GenericTypes.erasure(resultType);
    Class<?> returned = found.getReturnType();
    boolean fits =
        wanted == void.class || wanted.isPrimitive()
            ? returned == wanted
            : returned != void.class && wanted.isAssignableFrom(ReflectedNames.boxed(returned));
    if (!fits) {
      throw RuntimeRule.ON_ROOT_SIGNATURE.exception(
          rootDisplay,
          display,
          "it returns "
              + ReflectedNames.simple(found.getGenericReturnType())
              + ", not "
              + ReflectedNames.simple(resultType),
          "make it return " + ReflectedNames.simple(resultType));
    }
    for (Class<?> thrown : found.getExceptionTypes()) {
      if (isChecked(thrown) && !declares(method, thrown)) {
        throw RuntimeRule.ON_ROOT_SIGNATURE.exception(
            rootDisplay,
            display,
            "it throws "
                + ReflectedNames.simple(thrown)
                + ", which "
                + display
                + " does not declare",
            "declare it on the contract method, or handle it in the root");
      }
    }
    if (!found.trySetAccessible()) {
      throw RuntimeRule.ON_ROOT_SIGNATURE.exception(
          rootDisplay,
          display,
          "it is not accessible to k42j",
          "make " + ReflectedNames.simple(type) + " public, or open its package to k42j");
    }
    return found;
  }

  private static boolean isChecked(Class<?> thrown) {
    return !RuntimeException.class.isAssignableFrom(thrown)
        && !Error.class.isAssignableFrom(thrown);
  }

  private static boolean declares(Method method, Class<?> thrown) {
    for (Class<?> declared : method.getExceptionTypes()) {
      if (declared.isAssignableFrom(thrown)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(RouteKind kind, Reduce reduce, Class<?> combiner) {
    switch (kind) {
      case GATHER:
        return combiner != null
            ? "a gather (" + ReflectedNames.simple(combiner) + ")"
            : "a gather (Reduce." + reduce + ")";
      case BROADCAST:
        return "a broadcast";
      case ON_ROOT:
        return "on-root";
      default:
        return "per-rep";
    }
  }
}

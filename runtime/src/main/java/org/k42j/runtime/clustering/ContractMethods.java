package org.k42j.runtime.clustering;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The methods of a contract interface that a dispatcher implements, as the processor routes them:
 * every abstract or default instance method, own or inherited, one per signature (the most specific
 * return type when a subinterface narrows it), except redeclared {@code toString}, {@code equals}
 * and {@code hashCode}, which are routed only when the declaration routes them (a gather or
 * on-root): left alone, the handle answers them itself.
 */
final class ContractMethods {
  private static final Comparator<Method> ORDER =
      Comparator.comparing(Method::getName)
          .thenComparing(m -> Arrays.toString(m.getParameterTypes()));

  private final Class<?> contract;
  private final List<Method> methods;
  private final List<Method> objectMethods = new ArrayList<>();

  ContractMethods(Class<?> contract) {
    this.contract = contract;
    Map<String, Method> bySignature = new LinkedHashMap<>();
    for (Method method : contract.getMethods()) {
      if (isObjectMethod(method)
          && method.getDeclaringClass().isInterface()
          && objectMethods.stream().noneMatch(m -> sameSignature(m, method))) {
        objectMethods.add(method);
      }
      if (!isRouted(method)) {
        continue;
      }
      String key = method.getName() + Arrays.toString(method.getParameterTypes());
      Method known = bySignature.get(key);
      if (known == null
          || known.getReturnType().isAssignableFrom(method.getReturnType())
              && known.getReturnType() != method.getReturnType()) {
        bySignature.put(key, method);
      }
    }
    List<Method> sorted = new ArrayList<>(bySignature.values());
    sorted.sort(ORDER);
    this.methods = List.copyOf(sorted);
  }

  /** Every routed method, by name and then parameter types. */
  List<Method> all() {
    return methods;
  }

  /**
   * The method a declaration names: by name and parameter types when types are given; by name alone
   * the one taking no parameters if there is one, else the only method of that name.
   *
   * @param how how the declaration routes it, for the messages
   */
  Method find(String name, Class<?>[] parameterTypes, String how) {
    List<Method> named =
        java.util.stream.Stream.concat(methods.stream(), objectMethods.stream())
            .filter(m -> m.getName().equals(name))
            .toList();
    if (parameterTypes.length > 0) {
      for (Method method : named) {
        if (Arrays.equals(method.getParameterTypes(), parameterTypes)) {
          return method;
        }
      }
      throw notFound(Names.signature(name, parameterTypes), how, name);
    }
    for (Method method : named) {
      if (method.getParameterCount() == 0) {
        return method;
      }
    }
    if (named.size() == 1) {
      return named.get(0);
    }
    if (named.isEmpty()) {
      throw notFound(name + "(...)", how, name);
    }
    Method first = named.get(0);
    StringBuilder example = new StringBuilder("\"" + name + "\"");
    for (Class<?> type : first.getParameterTypes()) {
      example.append(", ").append(Names.simple(type)).append(".class");
    }
    throw Problem.METHOD_AMBIGUOUS.exception(
        Names.simple(contract),
        named.size(),
        name,
        named.stream().map(Names::signature).collect(Collectors.joining(", ")),
        how,
        example);
  }

  private InvalidDeclarationException notFound(String signature, String how, String name) {
    for (Method method : contract.getMethods()) {
      if (method.getName().equals(name) && !isRouted(method)) {
        throw Problem.METHOD_NOT_ROUTABLE.exception(
            Names.method(contract, method), unroutedBecause(method), how);
      }
    }
    return Problem.METHOD_NOT_FOUND.exception(
        Names.simple(contract),
        signature,
        how,
        methods.stream().map(Names::signature).collect(Collectors.joining(", ")));
  }

  private static boolean sameSignature(Method one, Method other) {
    return one.getName().equals(other.getName())
        && Arrays.equals(one.getParameterTypes(), other.getParameterTypes());
  }

  private static boolean isRouted(Method method) {
    return !Modifier.isStatic(method.getModifiers())
        && !method.isSynthetic()
        && !method.isBridge()
        && !isObjectMethod(method);
  }

  private static String unroutedBecause(Method method) {
    return Modifier.isStatic(method.getModifiers()) ? "static" : "a method of Object";
  }

  /** {@code toString()}, {@code equals(Object)}, {@code hashCode()} redeclared in a contract. */
  static boolean isObjectMethod(Method method) {
    try {
      Object.class.getMethod(method.getName(), method.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}

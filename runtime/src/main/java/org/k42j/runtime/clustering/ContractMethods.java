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
 * every abstract or default instance method, own or inherited, one per signature as the contract
 * sees it ({@link GenericTypes}: a generic superinterface's type variables replaced by the
 * contract's type arguments), the most specific return type when a subinterface narrows it, except
 * redeclared {@code toString}, {@code equals} and {@code hashCode}, which are routed only when the
 * declaration routes them (a gather or on-root): left alone, the handle answers them itself. The
 * {@link Method} kept is the declaration reflection reports (erased), so calls through it reach
 * every implementation; its resolved types are {@link GenericTypes}'s.
 */
final class ContractMethods {
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
      String key = method.getName() + Arrays.toString(parameters(method));
      Method known = bySignature.get(key);
      if (known == null || moreSpecific(method, known)) {
        bySignature.put(key, method);
      }
    }
    List<Method> sorted = new ArrayList<>(bySignature.values());
    sorted.sort(
        Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(parameters(m))));
    this.methods = List.copyOf(sorted);
  }

  /** The method's parameter classes as the contract sees them. */
  Class<?>[] parameters(Method method) {
    return GenericTypes.parameterClasses(contract, method);
  }

  /** The method's return class as the contract sees it. */
  Class<?> returnType(Method method) {
    return GenericTypes.returnClass(contract, method);
  }

  /**
   * Whether {@code method} should stand for its signature rather than {@code known}: it returns a
   * narrower type, or the same type from a declaration that overrides {@code known}'s.
   */
  private boolean moreSpecific(Method method, Method known) {
    Class<?> mine = returnType(method);
    Class<?> theirs = returnType(known);
    if (mine != theirs) {
      return theirs.isAssignableFrom(mine);
    }
    return known.getDeclaringClass() != method.getDeclaringClass()
        && known.getDeclaringClass().isAssignableFrom(method.getDeclaringClass());
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
        if (Arrays.equals(parameters(method), parameterTypes)
            || Arrays.equals(method.getParameterTypes(), parameterTypes)) {
          return method; // by the types the contract sees, or by the erased, declared ones
        }
      }
      throw notFound(ReflectedNames.signature(name, parameterTypes), how, name);
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
    for (Class<?> type : parameters(first)) {
      example.append(", ").append(ReflectedNames.simple(type)).append(".class");
    }
    throw RuntimeRule.METHOD_AMBIGUOUS.exception(
        ReflectedNames.simple(contract),
        named.size(),
        name,
        named.stream()
            .map(m -> ReflectedNames.signature(contract, m))
            .collect(Collectors.joining(", ")),
        how,
        example);
  }

  private InvalidDeclarationException notFound(String signature, String how, String name) {
    for (Method method : contract.getMethods()) {
      if (method.getName().equals(name) && !isRouted(method)) {
        throw RuntimeRule.METHOD_NOT_ROUTABLE.exception(
            ReflectedNames.method(contract, method), how, unroutedBecause(method));
      }
    }
    return RuntimeRule.METHOD_NOT_FOUND.exception(
        ReflectedNames.simple(contract),
        signature,
        how,
        methods.stream()
            .map(m -> ReflectedNames.signature(contract, m))
            .collect(Collectors.joining(", ")));
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

package org.k42j.runtime.clustering;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.k42j.model.ClassView;
import org.k42j.model.DeclarationRules;
import org.k42j.model.Finding;
import org.k42j.model.RouteKind;
import org.k42j.runtime.clustering.ClusterModel.RepSource;
import org.k42j.runtime.clustering.ClusterModel.RootSource;

/**
 * The reps of a declaration: made by a function, or instances of an existing class that the root
 * creates, checked against the shared rules ({@link DeclarationRules#repShape}, {@link
 * DeclarationRules#repAbstract}, {@link DeclarationRules#objectMethod}) and this path's own: a
 * class that does not implement the contract must be one a generated subclass can extend and adapt.
 */
final class RepChecks {
  private RepChecks() {}

  /**
   * How reps are made: exactly one way, and for an existing class, one the root can instantiate
   * (directly when it implements the contract, else through a generated subclass).
   */
  static RepSource checkReps(
      Declaration<?, ?> declaration,
      Class<?> contract,
      ContractMethods methods,
      RootSource root,
      List<MethodRoute> routes) {
    List<String> statements = declaration.repStatements;
    if (statements.isEmpty()) {
      throw RuntimeRule.MISSING_REP.exception(ReflectedNames.simple(contract));
    }
    if (statements.size() > 1) {
      throw RuntimeRule.DUPLICATE_REP.exception(
          statements.get(1), ReflectedNames.simple(contract), statements.get(0));
    }
    if (!statements.get(0).startsWith("repClass(")) {
      if (declaration.repMaker == null) {
        throw RuntimeRule.NULL_ARGUMENT.exception(
            "the rep maker", "pass a function that makes one rep per call");
      }
      if (statements.get(0).startsWith("repsWithRoot") && root == null) {
        throw RuntimeRule.REPS_WITHOUT_ROOT.exception(ReflectedNames.simple(contract));
      }
      return new RepSource(declaration.repMaker, null, null, List.of(), false);
    }
    Class<?> type = declaration.repClass;
    if (statements.get(0).equals("repClass(null)")) {
      throw RuntimeRule.NULL_ARGUMENT.exception(
          "the rep class", "pass the existing class whose instances become the reps");
    }
    ClassView view = Views.type(type);
    Finding finding = DeclarationRules.repShape(view);
    if (finding == null) {
      finding = DeclarationRules.repAbstract(view);
    }
    for (MethodRoute route : routes) {
      if (finding == null) {
        finding =
            DeclarationRules.objectMethod(
                Views.method(contract, route.method()), route.kind(), view);
      }
    }
    if (finding != null) {
      throw RuntimeRule.exception(finding);
    }
    if (contract.isAssignableFrom(type)) {
      Constructor<?> constructor = constructor(type, root, false);
      return new RepSource(null, type, constructor, List.of(), false);
    }
    checkSubclassable(contract, type);
    List<Method> adapted = new ArrayList<>();
    for (Method method : methods.all()) {
      Method own = repMethod(type, method, methods.parameters(method));
      InvalidDeclarationException missing =
          RuntimeRule.REP_MISSING_METHOD.exception(
              ReflectedNames.simple(type),
              ReflectedNames.method(contract, method),
              ReflectedNames.simple(GenericTypes.returnType(contract, method))
                  + " "
                  + ReflectedNames.signature(contract, method),
              ReflectedNames.simple(type));
      if (own == null) {
        if (method.isDefault()) {
          continue; // the generated subclass inherits the contract's default
        }
        if (routedToRoot(method, routes)) {
          continue; // runs on the root; the generated subclass answers it on a raw rep with a throw
        }
        throw missing;
      }
      Class<?> wanted = methods.returnType(method);
      Class<?> returned = own.getReturnType();
      boolean fits =
          wanted.isPrimitive() || returned.isPrimitive()
              ? returned == wanted
              : wanted.isAssignableFrom(returned);
      if (!fits) {
        throw missing;
      }
      if (returned == method.getReturnType()
          && java.util.Arrays.equals(own.getParameterTypes(), method.getParameterTypes())) {
        continue; // the inherited public method implements the contract's as it is
      }
      // A narrower return, or the types a generic superinterface resolves to: the subclass
      // overrides the contract's erased method to call the inherited one.
      adapted.add(method);
    }
    Constructor<?> constructor = constructor(type, root, true);
    return new RepSource(null, type, constructor, adapted, true);
  }

  /** Whether {@code method} is declared on-root (then the rep class need not have it). */
  private static boolean routedToRoot(Method method, List<MethodRoute> routes) {
    for (MethodRoute route : routes) {
      if (route.kind() == RouteKind.ON_ROOT && route.method().equals(method)) {
        return true;
      }
    }
    return false;
  }

  private static void checkSubclassable(Class<?> contract, Class<?> type) {
    String c = ReflectedNames.simple(contract);
    String t = ReflectedNames.simple(type);
    if (Modifier.isFinal(type.getModifiers())) {
      throw RuntimeRule.REP_FINAL.exception(t, c, t, c, c);
    }
    String why = null;
    if (type.isSealed()) {
      why = "is sealed";
    } else if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
      why = "is an inner class";
    } else {
      for (Class<?> t2 = type; t2 != null; t2 = t2.getEnclosingClass()) {
        if (!Modifier.isPublic(t2.getModifiers())) {
          why =
              t2 == type
                  ? "is not public"
                  : "is nested in " + ReflectedNames.simple(t2) + ", not public";
          break;
        }
      }
    }
    if (why != null) {
      throw RuntimeRule.REP_NOT_SUBCLASSABLE.exception(t, c, why, t, c);
    }
  }

  /**
   * The rep class's public method implementing a contract method: taking the parameter types the
   * contract sees ({@code resolved}), else the erased, declared ones; the one with the narrowest
   * return type when the class has several (its bridges).
   */
  static Method repMethod(Class<?> type, Method method, Class<?>[] resolved) {
    Method found = publicInstanceMethod(type, method.getName(), resolved);
    return found != null
        ? found
        : publicInstanceMethod(type, method.getName(), method.getParameterTypes());
  }

  private static Method publicInstanceMethod(Class<?> type, String name, Class<?>[] parameters) {
    Method found = null;
    for (Method candidate : type.getMethods()) {
      if (candidate.getName().equals(name)
          && !Modifier.isStatic(candidate.getModifiers())
          && !Modifier.isAbstract(candidate.getModifiers())
          && java.util.Arrays.equals(candidate.getParameterTypes(), parameters)
          && (found == null || found.getReturnType().isAssignableFrom(candidate.getReturnType()))) {
        found = candidate;
      }
    }
    return found;
  }

  /**
   * The rep constructor to call: one taking the root object, when there is a root, else one taking
   * nothing. A subclass generated at run time can call only public and protected ones.
   */
  private static Constructor<?> constructor(Class<?> type, RootSource root, boolean subclass) {
    Constructor<?> noArguments = null;
    Constructor<?> takingRoot = null;
    for (Constructor<?> candidate : type.getDeclaredConstructors()) {
      int modifiers = candidate.getModifiers();
      if (subclass && !Modifier.isPublic(modifiers) && !Modifier.isProtected(modifiers)) {
        continue;
      }
      if (candidate.getParameterCount() == 0) {
        noArguments = candidate;
      } else if (root != null
          && candidate.getParameterCount() == 1
          && candidate.getParameterTypes()[0].isAssignableFrom(root.type())) {
        takingRoot = candidate;
      }
    }
    Constructor<?> chosen = takingRoot != null ? takingRoot : noArguments;
    if (chosen == null || !subclass && !chosen.trySetAccessible()) {
      throw RuntimeRule.REP_NO_CONSTRUCTOR.exception(
          ReflectedNames.simple(type),
          subclass ? "a public or protected" : "an accessible",
          root == null ? "" : " or taking " + ReflectedNames.simple(root.type()));
    }
    return chosen;
  }
}

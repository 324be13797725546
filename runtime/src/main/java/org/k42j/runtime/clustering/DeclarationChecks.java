package org.k42j.runtime.clustering;

import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.k42j.annotations.Combiner;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.clustering.ClusterModel.RepSource;
import org.k42j.runtime.clustering.ClusterModel.RootSource;
import org.k42j.runtime.clustering.Declaration.RouteRequest;

/**
 * Turns a {@link Declaration} into a {@link ClusterModel}, or throws the {@link
 * InvalidDeclarationException} of the first rule it breaks. The rules are checked in a fixed order
 * (contract, settings, root, routes, reps, reserved names), so a declaration always fails with the
 * same message. Nothing here generates code.
 */
final class DeclarationChecks {
  private final Declaration<?, ?> declaration;

  DeclarationChecks(Declaration<?, ?> declaration) {
    this.declaration = declaration;
  }

  ClusterModel model() {
    Class<?> contract = checkContract(declaration.contract);
    checkSettings(contract);
    RootSource root = checkRoot();
    ContractMethods methods = new ContractMethods(contract);
    List<MethodRoute> routes = routes(contract, methods, root);
    RepSource reps = checkReps(contract, methods, root, routes);
    checkReserved(contract, methods);
    ClusterModel model =
        new ClusterModel(
            contract,
            DefaultBodies.apply(routes, reps.type()),
            declaration.policy,
            declaration.clusterSize,
            declaration.concurrency,
            reps,
            root,
            checkStateTransfer(contract, reps),
            checkVersions(contract, reps));
    DefaultBodies.checkVersions(model);
    return model;
  }

  /**
   * Every version: complete, implementing the contract, not the rep class itself nor declared
   * twice, and with a state transfer of the declaration's to move state between the classes.
   */
  private List<ClusterModel.Version> checkVersions(Class<?> contract, RepSource reps) {
    Set<Class<?>> seen = new HashSet<>();
    for (ClusterModel.Version version : declaration.versions) {
      if (version.repClass() == null
          || version.maker() == null
          || version.exportState() == null
          || version.importState() == null) {
        throw Problem.NULL_ARGUMENT.exception(
            "a part of a version",
            "pass its rep class, its rep maker, and the functions exporting and importing state");
      }
      String name = Names.simple(version.repClass());
      if (!contract.isAssignableFrom(version.repClass())) {
        throw Problem.REP_VERSION_CONTRACT.exception(
            name, Names.simple(contract), Names.simple(contract));
      }
      if (version.repClass() == reps.type() || !seen.add(version.repClass())) {
        throw Problem.REP_VERSION_TWICE.exception(name, Names.simple(contract));
      }
      if (!declaration.stateTransferDeclared) {
        throw Problem.REP_VERSION_STATE.exception(name, Names.simple(contract));
      }
    }
    return declaration.versions;
  }

  private ClusterModel.StateTransfer checkStateTransfer(Class<?> contract, RepSource reps) {
    if (!declaration.stateTransferDeclared) {
      return null;
    }
    if (declaration.stateRepType == null
        || declaration.exportState == null
        || declaration.importState == null) {
      throw Problem.NULL_ARGUMENT.exception(
          "a part of the state transfer",
          "pass the rep class, the function exporting a rep's state and the one importing them");
    }
    Class<?> repType = declaration.stateRepType;
    if (reps.type() != null && !repType.isAssignableFrom(reps.type())) {
      throw Problem.STATE_TRANSFER_REP_TYPE.exception(
          Names.simple(contract),
          Names.simple(repType),
          Names.simple(reps.type()),
          Names.simple(reps.type()));
    }
    return new ClusterModel.StateTransfer(
        repType, declaration.exportState, declaration.importState);
  }

  // --- contract and settings -------------------------------------------------------------------

  private static Class<?> checkContract(Class<?> contract) {
    if (contract == null) {
      throw Problem.NULL_ARGUMENT.exception(
          "the contract", "pass the interface callers use, for example Counter.class");
    }
    if (!contract.isInterface() || contract.isAnnotation()) {
      throw Problem.CONTRACT_NOT_INTERFACE.exception(
          Names.simple(contract), kind(contract), Names.simple(contract));
    }
    for (Class<?> type = contract; type != null; type = type.getEnclosingClass()) {
      if (!Modifier.isPublic(type.getModifiers())) {
        throw Problem.CONTRACT_NOT_PUBLIC.exception(
            Names.simple(contract),
            type == contract ? "" : " (" + Names.simple(type) + ", which encloses it, is not)");
      }
    }
    if (contract.isSealed()) {
      throw Problem.CONTRACT_SEALED.exception(Names.simple(contract));
    }
    if (Serializable.class.isAssignableFrom(contract)) {
      throw Problem.CONTRACT_SERIALIZABLE.exception(
          Names.simple(contract), serializableThrough(contract));
    }
    return contract;
  }

  /** The direct superinterface that makes {@code contract} serializable, for the message. */
  private static String serializableThrough(Class<?> contract) {
    for (Class<?> direct : contract.getInterfaces()) {
      if (direct == Serializable.class) {
        return "java.io.Serializable";
      }
      if (Serializable.class.isAssignableFrom(direct)) {
        return Names.simple(direct) + ", a Serializable interface";
      }
    }
    return "java.io.Serializable";
  }

  private void checkSettings(Class<?> contract) {
    Policy policy = declaration.policy;
    if (policy == null) {
      throw Problem.NULL_ARGUMENT.exception("the policy", "pass a Policy, or leave it unset");
    }
    if (declaration.concurrency == null) {
      throw Problem.NULL_ARGUMENT.exception(
          "the concurrency", "pass Concurrency.EXCLUSIVE or THREAD_SAFE, or leave it unset");
    }
    int size = declaration.clusterSize;
    if (policy == Policy.PER_CLUSTER && size < 2) {
      throw Problem.CLUSTER_SIZE_REQUIRED.exception(
          Names.simple(contract), size == 0 ? "clusterSize is not set" : "clusterSize is " + size);
    }
    if (policy != Policy.PER_CLUSTER && size != 0) {
      throw Problem.CLUSTER_SIZE_WITHOUT_PER_CLUSTER.exception(
          size, Names.simple(contract), policy.name());
    }
  }

  private RootSource checkRoot() {
    if (!declaration.rootDeclared) {
      return null;
    }
    Class<?> type = declaration.rootType;
    if (type == null) {
      throw Problem.NULL_ARGUMENT.exception(
          "the root's class", "pass the class of the object the root maker returns");
    }
    if (declaration.rootMaker == null) {
      throw Problem.NULL_ARGUMENT.exception(
          "the root maker", "pass a function making the root object from the rep set");
    }
    if (type.isPrimitive() || type.isArray()) {
      throw Problem.ROOT_NOT_CLASS.exception(Names.simple(type), kind(type));
    }
    return new RootSource(type, declaration.rootMaker);
  }

  // --- routes ----------------------------------------------------------------------------------

  private List<MethodRoute> routes(Class<?> contract, ContractMethods methods, RootSource root) {
    Map<Method, MethodRoute> declared = new LinkedHashMap<>();
    Map<Method, String> how = new LinkedHashMap<>();
    for (RouteRequest request : declaration.routes) {
      String routing = describe(request.kind(), request.reduce(), request.combiner());
      if (request.name() == null) {
        throw Problem.NULL_ARGUMENT.exception(
            "the name of the method declared " + routing, "pass the contract method's name");
      }
      if (request.parameterTypes() == null) {
        throw Problem.NULL_ARGUMENT.exception(
            "the parameter types of " + request.name(),
            "pass the parameter types, or none for the method taking none");
      }
      Method method = methods.find(request.name(), request.parameterTypes(), routing);
      String earlier = how.putIfAbsent(method, routing);
      if (earlier != null && !earlier.equals(routing)) {
        throw Problem.ROUTING_CONFLICT.exception(Names.method(contract, method), earlier, routing);
      }
    }
    for (RouteRequest request : declaration.routes) {
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
    String display = Names.method(contract, method);
    Class<?> result = GenericTypes.returnClass(contract, method);
    Type resultType = GenericTypes.returnType(contract, method);
    switch (request.kind()) {
      case GATHER:
        if (result == void.class) {
          throw Problem.GATHER_VOID.exception(display);
        }
        if (request.byReduce()) {
          Reduce reduce = request.reduce();
          if (reduce == null || reduce == Reduce.NONE) {
            throw Problem.GATHER_NO_REDUCTION.exception(display);
          }
          String needs = reductionNeeds(reduce, result);
          if (needs != null) {
            throw Problem.GATHER_REDUCE_TYPE.exception(
                reduce, display, Names.simple(resultType), reduce, needs);
          }
          return new MethodRoute(method, RouteKind.GATHER, reduce, null, null);
        }
        if (request.combiner() == null) {
          throw Problem.GATHER_NO_REDUCTION.exception(display);
        }
        checkCombiner(display, resultType, request.combiner());
        return new MethodRoute(method, RouteKind.GATHER, Reduce.NONE, request.combiner(), null);
      case BROADCAST:
        if (result != void.class) {
          throw Problem.BROADCAST_NON_VOID.exception(display, Names.simple(resultType));
        }
        return new MethodRoute(method, RouteKind.BROADCAST, Reduce.NONE, null, null);
      case ON_ROOT:
        if (root == null) {
          throw Problem.ON_ROOT_WITHOUT_ROOT.exception(display, Names.simple(contract));
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

  /** What {@code reduce} needs, if {@code result} is not it; null when it applies. */
  private static String reductionNeeds(Reduce reduce, Class<?> result) {
    Class<?> primitive = Names.unboxed(result);
    if (reduce == Reduce.ALL || reduce == Reduce.ANY) {
      return primitive == boolean.class ? null : "boolean (or Boolean)";
    }
    boolean numeric =
        primitive == int.class
            || primitive == long.class
            || primitive == float.class
            || primitive == double.class;
    return numeric ? null : "int, long, float or double (or their boxes)";
  }

  private static void checkCombiner(String display, Type result, Class<?> combiner) {
    Class<?> returned = GenericTypes.erasure(result);
    String boxed = Names.simple(Names.boxed(returned));
    if (!Combiner.class.isAssignableFrom(combiner)) {
      throw Problem.GATHER_COMBINER_TYPE.exception(
          Names.simple(combiner), "not a Combiner", display, Names.simple(result), boxed);
    }
    Type folded = CombinerTypes.foldedType(combiner);
    Class<?> erased = GenericTypes.erasure(folded);
    Class<?> wanted = Names.boxed(returned);
    boolean fits =
        folded instanceof TypeVariable<?> ? erased.isAssignableFrom(wanted) : erased == wanted;
    if (!fits) {
      throw Problem.GATHER_COMBINER_TYPE.exception(
          Names.simple(combiner),
          "a Combiner<" + Names.simple(folded) + ">",
          display,
          Names.simple(result),
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
      throw Problem.GATHER_COMBINER_UNUSABLE.exception(
          Names.simple(combiner), display, unusable, remedy);
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
      throw Problem.ON_ROOT_MISSING_METHOD.exception(
          Names.simple(type), Names.signature(contract, method), display, Names.simple(type));
    }
    String rootDisplay = Names.simple(type) + "." + Names.signature(found);
    Class<?> wanted = GenericTypes.erasure(resultType);
    Class<?> returned = found.getReturnType();
    boolean fits =
        wanted == void.class || wanted.isPrimitive()
            ? returned == wanted
            : returned != void.class && wanted.isAssignableFrom(Names.boxed(returned));
    if (!fits) {
      throw Problem.ON_ROOT_SIGNATURE.exception(
          rootDisplay,
          display,
          "it returns "
              + Names.simple(found.getGenericReturnType())
              + ", not "
              + Names.simple(resultType),
          "make it return " + Names.simple(resultType));
    }
    for (Class<?> thrown : found.getExceptionTypes()) {
      if (isChecked(thrown) && !declares(method, thrown)) {
        throw Problem.ON_ROOT_SIGNATURE.exception(
            rootDisplay,
            display,
            "it throws " + Names.simple(thrown) + ", which " + display + " does not declare",
            "declare it on the contract method, or handle it in the root");
      }
    }
    if (!found.trySetAccessible()) {
      throw Problem.ON_ROOT_SIGNATURE.exception(
          rootDisplay,
          display,
          "it is not accessible to k42j",
          "make " + Names.simple(type) + " public, or open its package to k42j");
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

  // --- reps ------------------------------------------------------------------------------------

  /**
   * A {@code toString}, {@code equals} or {@code hashCode} gathered from (or broadcast to) the reps
   * must be the rep class's own: {@code Object}'s answers for the rep's identity, a silent wrong
   * answer for a gathered value.
   */
  private static void checkObjectMethodsOverridden(
      Class<?> contract, Class<?> type, List<MethodRoute> routes) {
    for (MethodRoute route : routes) {
      Method method = route.method();
      boolean toReps = route.kind() == RouteKind.GATHER || route.kind() == RouteKind.BROADCAST;
      if (!toReps || !ContractMethods.isObjectMethod(method)) {
        continue;
      }
      try {
        if (type.getMethod(method.getName(), method.getParameterTypes()).getDeclaringClass()
            != Object.class) {
          continue;
        }
      } catch (NoSuchMethodException e) {
        throw new AssertionError("every class has " + method, e);
      }
      String signature = Names.signature(contract, method);
      throw Problem.REP_OBJECT_METHOD.exception(
          Names.method(contract, method),
          Names.simple(type),
          signature,
          signature,
          Names.simple(type));
    }
  }

  private RepSource checkReps(
      Class<?> contract, ContractMethods methods, RootSource root, List<MethodRoute> routes) {
    List<String> statements = declaration.repStatements;
    if (statements.isEmpty()) {
      throw Problem.MISSING_REP.exception(Names.simple(contract));
    }
    if (statements.size() > 1) {
      throw Problem.DUPLICATE_REP.exception(
          Names.simple(contract), statements.get(0), statements.get(1));
    }
    if (!statements.get(0).startsWith("repClass(")) {
      if (declaration.repMaker == null) {
        throw Problem.NULL_ARGUMENT.exception(
            "the rep maker", "pass a function that makes one rep per call");
      }
      if (statements.get(0).startsWith("repsWithRoot") && root == null) {
        throw Problem.REPS_WITHOUT_ROOT.exception(Names.simple(contract));
      }
      return new RepSource(declaration.repMaker, null, null, List.of(), false);
    }
    Class<?> type = declaration.repClass;
    if (statements.get(0).equals("repClass(null)")) {
      throw Problem.NULL_ARGUMENT.exception(
          "the rep class", "pass the existing class whose instances become the reps");
    }
    if (type.isInterface() || type.isPrimitive() || type.isArray() || type.isEnum()) {
      throw Problem.REP_NOT_CLASS.exception(Names.simple(type), kind(type));
    }
    if (Modifier.isAbstract(type.getModifiers())) {
      throw Problem.REP_ABSTRACT.exception(Names.simple(type));
    }
    checkObjectMethodsOverridden(contract, type, routes);
    if (contract.isAssignableFrom(type)) {
      Constructor<?> constructor = constructor(type, root, false);
      return new RepSource(null, type, constructor, List.of(), false);
    }
    checkSubclassable(contract, type);
    List<Method> adapted = new ArrayList<>();
    for (Method method : methods.all()) {
      Method own = repMethod(type, method, methods.parameters(method));
      InvalidDeclarationException missing =
          Problem.REP_MISSING_METHOD.exception(
              Names.simple(type),
              Names.simple(contract),
              Names.signature(contract, method),
              Names.simple(GenericTypes.returnType(contract, method)));
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
    String c = Names.simple(contract);
    String t = Names.simple(type);
    if (Modifier.isFinal(type.getModifiers())) {
      throw Problem.REP_FINAL.exception(t, c, t, c, c);
    }
    String why = null;
    if (type.isSealed()) {
      why = "is sealed";
    } else if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
      why = "is an inner class";
    } else {
      for (Class<?> t2 = type; t2 != null; t2 = t2.getEnclosingClass()) {
        if (!Modifier.isPublic(t2.getModifiers())) {
          why = t2 == type ? "is not public" : "is nested in " + Names.simple(t2) + ", not public";
          break;
        }
      }
    }
    if (why != null) {
      throw Problem.REP_NOT_SUBCLASSABLE.exception(t, c, why, t, c);
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
      throw Problem.REP_NO_CONSTRUCTOR.exception(
          Names.simple(type),
          subclass ? "a public or protected" : "an accessible",
          root == null ? "" : " or taking " + Names.simple(root.type()));
    }
    return chosen;
  }

  // --- reserved names --------------------------------------------------------------------------

  private void checkReserved(Class<?> contract, ContractMethods methods) {
    boolean guarded = declaration.concurrency == Concurrency.EXCLUSIVE;
    for (Method method : methods.all()) {
      String name = method.getName();
      Class<?>[] parameters = method.getParameterTypes();
      String clash = null;
      String owner = null;
      if (parameters.length == 0 && (name.equals("rep$"))) {
        clash = "rep$()";
        owner = "dispatcher, miss object and guard";
      } else if (name.equals("route$")
          && java.util.Arrays.equals(parameters, new Class<?>[] {int.class, Object[].class})) {
        clash = "route$(int, Object[])";
        owner = "dispatcher";
      } else if (name.equals("installRow")
          && java.util.Arrays.equals(parameters, new Class<?>[] {Object[].class})) {
        clash = "installRow(Object[])";
        owner = "dispatcher";
      } else if (guarded
          && parameters.length == 0
          && (name.equals("lock")
              || name.equals("unlock")
              || name.equals("enter$")
              || name.equals("exit$"))) {
        clash = name + "()";
        owner = "guard of an exclusive rep";
      }
      if (clash != null) {
        throw Problem.RESERVED_METHOD.exception(Names.method(contract, method), clash, owner);
      }
    }
  }

  // --- wording ---------------------------------------------------------------------------------

  private static String describe(RouteKind kind, Reduce reduce, Class<?> combiner) {
    switch (kind) {
      case GATHER:
        return combiner != null
            ? "a gather (" + Names.simple(combiner) + ")"
            : "a gather (Reduce." + reduce + ")";
      case BROADCAST:
        return "a broadcast";
      case ON_ROOT:
        return "on-root";
      default:
        return "per-rep";
    }
  }

  private static String kind(Class<?> type) {
    if (type.isPrimitive()) {
      return "a primitive type";
    }
    if (type.isArray()) {
      return "an array type";
    }
    if (type.isAnnotation()) {
      return "an annotation type";
    }
    if (type.isInterface()) {
      return "an interface";
    }
    if (type.isEnum()) {
      return "an enum";
    }
    if (type.isRecord()) {
      return "a record";
    }
    return "a class";
  }
}

package org.k42j.runtime.clustering;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.model.DeclarationRules;
import org.k42j.model.Finding;
import org.k42j.runtime.clustering.ClusterModel.RepSource;
import org.k42j.runtime.clustering.ClusterModel.RootSource;

/**
 * Turns a {@link Declaration} into a {@link ClusterModel}, or throws the {@link
 * InvalidDeclarationException} of the first rule it breaks. The rules are checked in a fixed order
 * (contract, settings, root, routes ({@link RouteChecks}), reps ({@link RepChecks}), reserved
 * names, state transfer, versions), so a declaration always fails with the same message. The rules
 * the annotation processor enforces too are the shared ones ({@link DeclarationRules}) over
 * reflective {@link Views}. Nothing here generates code.
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
    List<MethodRoute> routes = RouteChecks.routes(declaration.routes, contract, methods, root);
    RepSource reps = RepChecks.checkReps(declaration, contract, methods, root, routes);
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
        throw RuntimeRule.NULL_ARGUMENT.exception(
            "a part of a version",
            "pass its rep class, its rep maker, and the functions exporting and importing state");
      }
      String name = ReflectedNames.simple(version.repClass());
      if (!contract.isAssignableFrom(version.repClass())) {
        throw RuntimeRule.REP_VERSION_CONTRACT.exception(
            name,
            "the reps of " + ReflectedNames.simple(contract),
            ReflectedNames.simple(contract),
            ReflectedNames.simple(contract));
      }
      if (version.repClass() == reps.type() || !seen.add(version.repClass())) {
        throw RuntimeRule.REP_VERSION_TWICE.exception(name, ReflectedNames.simple(contract));
      }
      if (!declaration.stateTransferDeclared) {
        throw RuntimeRule.REP_VERSION_STATE.exception(
            name, ReflectedNames.simple(contract), "the declaration has no state transfer");
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
      throw RuntimeRule.NULL_ARGUMENT.exception(
          "a part of the state transfer",
          "pass the rep class, the function exporting a rep's state and the one importing them");
    }
    Class<?> repType = declaration.stateRepType;
    if (reps.type() != null && !repType.isAssignableFrom(reps.type())) {
      throw RuntimeRule.STATE_TRANSFER_REP_TYPE.exception(
          ReflectedNames.simple(contract),
          ReflectedNames.simple(repType),
          ReflectedNames.simple(reps.type()),
          ReflectedNames.simple(reps.type()));
    }
    return new ClusterModel.StateTransfer(
        repType, declaration.exportState, declaration.importState);
  }

  // --- contract and settings -------------------------------------------------------------------

  private static Class<?> checkContract(Class<?> contract) {
    if (contract == null) {
      throw RuntimeRule.NULL_ARGUMENT.exception(
          "the contract", "pass the interface callers use, for example Counter.class");
    }
    Finding shape = DeclarationRules.contract(Views.type(contract));
    if (shape != null) {
      throw RuntimeRule.exception(shape);
    }
    for (Class<?> type = contract; type != null; type = type.getEnclosingClass()) {
      if (!Modifier.isPublic(type.getModifiers())) {
        throw RuntimeRule.CONTRACT_NOT_PUBLIC.exception(
            ReflectedNames.simple(contract),
            type == contract
                ? ""
                : " (" + ReflectedNames.simple(type) + ", which encloses it, is not)");
      }
    }
    if (contract.isSealed()) {
      throw RuntimeRule.CONTRACT_SEALED.exception(ReflectedNames.simple(contract));
    }
    if (Serializable.class.isAssignableFrom(contract)) {
      throw RuntimeRule.CONTRACT_SERIALIZABLE.exception(
          ReflectedNames.simple(contract), serializableThrough(contract));
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
        return ReflectedNames.simple(direct) + ", a Serializable interface";
      }
    }
    return "java.io.Serializable";
  }

  private void checkSettings(Class<?> contract) {
    Policy policy = declaration.policy;
    if (policy == null) {
      throw RuntimeRule.NULL_ARGUMENT.exception("the policy", "pass a Policy, or leave it unset");
    }
    if (declaration.concurrency == null) {
      throw RuntimeRule.NULL_ARGUMENT.exception(
          "the concurrency", "pass Concurrency.EXCLUSIVE or THREAD_SAFE, or leave it unset");
    }
    Finding size =
        DeclarationRules.clusterSize(
            ReflectedNames.simple(contract),
            policy,
            declaration.clusterSize,
            declaration.clusterSize != 0);
    if (size != null) {
      throw RuntimeRule.exception(size);
    }
  }

  private RootSource checkRoot() {
    if (!declaration.rootDeclared) {
      return null;
    }
    Class<?> type = declaration.rootType;
    if (type == null) {
      throw RuntimeRule.NULL_ARGUMENT.exception(
          "the root's class", "pass the class of the object the root maker returns");
    }
    if (declaration.rootMaker == null) {
      throw RuntimeRule.NULL_ARGUMENT.exception(
          "the root maker", "pass a function making the root object from the rep set");
    }
    if (type.isPrimitive() || type.isArray()) {
      throw RuntimeRule.ROOT_NOT_CLASS.exception(
          ReflectedNames.simple(type), Views.type(type).kindWithArticle());
    }
    return new RootSource(type, declaration.rootMaker);
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
        throw RuntimeRule.RESERVED_METHOD.exception(
            ReflectedNames.method(contract, method), clash, owner);
      }
    }
  }
}

package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.List;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.clustered.model.RepModel;
import org.k42j.processor.clustered.model.RootConstructor;
import org.k42j.processor.clustered.model.RootModel;
import org.k42j.processor.clustered.model.StateTransferModel;

/** Contract models built by hand, as the validator would build them, for writer tests. */
final class Models {
  private Models() {}

  static ParameterSpec param(TypeName type, String name) {
    return ParameterSpec.builder(type, name).build();
  }

  static MethodModel dispatch(String name, TypeName returns, ParameterSpec... parameters) {
    return method(name, returns, RouteKind.DISPATCH, Reduce.NONE, null, parameters);
  }

  static MethodModel gather(String name, TypeName returns, Reduce reduce) {
    return method(name, returns, RouteKind.GATHER, reduce, null);
  }

  static MethodModel combined(
      String name, TypeName returns, ClassName combiner, ParameterSpec... parameters) {
    return method(name, returns, RouteKind.GATHER, Reduce.NONE, combiner, parameters);
  }

  static MethodModel broadcast(String name, ParameterSpec... parameters) {
    return method(name, TypeName.VOID, RouteKind.BROADCAST, Reduce.NONE, null, parameters);
  }

  static MethodModel onRoot(String name, TypeName returns, ParameterSpec... parameters) {
    return method(name, returns, RouteKind.ON_ROOT, Reduce.NONE, null, parameters);
  }

  static MethodModel method(
      String name,
      TypeName returns,
      RouteKind kind,
      Reduce reduce,
      ClassName combiner,
      ParameterSpec... parameters) {
    return new MethodModel(
        name,
        List.of(),
        returns,
        List.of(parameters),
        false,
        List.of(),
        kind,
        reduce,
        combiner,
        null);
  }

  static Contract contract(String packageName, String... simpleNames) {
    return new Contract(
        ClassName.get(
            packageName,
            simpleNames[0],
            java.util.Arrays.copyOfRange(simpleNames, 1, simpleNames.length)));
  }

  /** A fluent {@link ContractModel} under construction. */
  static final class Contract {
    private final ClassName name;
    private final List<TypeVariableName> typeVariables = new ArrayList<>();
    private final List<MethodModel> methods = new ArrayList<>();
    private boolean isPublic = true;
    private ClassName rep;
    private Policy policy = Policy.PER_PROCESSOR;
    private int clusterSize;
    private Concurrency concurrency = Concurrency.EXCLUSIVE;
    private boolean takesRoot;
    private ClassName userRoot;
    private StateTransferModel stateTransfer;

    private Contract(ClassName name) {
      this.name = name;
      this.rep = name.topLevelClassName().peerClass(name.simpleName() + "Rep");
    }

    Contract typeVariables(TypeVariableName... variables) {
      typeVariables.addAll(List.of(variables));
      return this;
    }

    Contract packagePrivate() {
      isPublic = false;
      return this;
    }

    Contract rep(String simpleName) {
      rep = name.topLevelClassName().peerClass(simpleName);
      return this;
    }

    Contract policy(Policy newPolicy, int newClusterSize) {
      policy = newPolicy;
      clusterSize = newClusterSize;
      return this;
    }

    Contract threadSafe() {
      concurrency = Concurrency.THREAD_SAFE;
      return this;
    }

    Contract repTakesRoot() {
      takesRoot = true;
      return this;
    }

    Contract userRoot(String simpleName) {
      userRoot = name.topLevelClassName().peerClass(simpleName);
      return this;
    }

    Contract stateTransfer(String exportMethod, String importMethod, TypeName state) {
      stateTransfer = new StateTransferModel(exportMethod, importMethod, state);
      return this;
    }

    Contract methods(MethodModel... added) {
      methods.addAll(List.of(added));
      return this;
    }

    ContractModel build() {
      ContractModel draft =
          new ContractModel(
              name,
              typeVariables,
              isPublic,
              new RepModel(rep, policy, clusterSize, concurrency, takesRoot, stateTransfer),
              new RootModel(name, false, List.of(RootConstructor.NO_ARGUMENTS)),
              methods,
              null,
              List.of());
      RootModel root =
          userRoot != null
              ? new RootModel(userRoot, true, List.of(RootConstructor.NO_ARGUMENTS))
              : new RootModel(
                  draft.generated(GeneratedType.ROOT),
                  false,
                  List.of(RootConstructor.NO_ARGUMENTS));
      return new ContractModel(
          name, typeVariables, isPublic, draft.rep(), root, methods, null, List.of());
    }
  }
}

package org.k42j.processor.clustered.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import org.k42j.model.RouteKind;

/**
 * The cluster side of a {@code @ClusterWide} contract, validated: what {@code <prefix>_Cluster}
 * needs beyond the contract's own model.
 *
 * @param contract the contract's model (every method, the rep, the root)
 * @param methods one entry per method of {@code contract.methods()}, in the same order
 */
public record ClusterModel(ContractModel contract, List<ClusterMethod> methods) {
  public ClusterModel {
    methods = List.copyOf(methods);
  }

  /** Whether the contract has {@code @OnRoot} methods, whose root then lives in the cluster. */
  public boolean rootInCluster() {
    return methods.stream().anyMatch(m -> m.method().kind() == RouteKind.ON_ROOT);
  }

  /**
   * The erasure of {@code type} (JLS 4.6): a parameterized type's raw type, a type variable's first
   * bound (erased) or {@code Object}, an array of the erased component; others as they are. The
   * cluster side casts the boxed arguments it carries across JVMs to it.
   */
  public static TypeName erasure(TypeName type) {
    if (type instanceof ParameterizedTypeName parameterized) {
      return parameterized.rawType();
    }
    if (type instanceof TypeVariableName variable) {
      return variable.bounds().isEmpty() ? ClassName.OBJECT : erasure(variable.bounds().get(0));
    }
    if (type instanceof ArrayTypeName array) {
      return ArrayTypeName.of(erasure(array.componentType()));
    }
    return type;
  }

  /**
   * One contract method as the cluster routes it.
   *
   * @param method the contract method
   * @param clusterWide whether a gather or broadcast spans every member ({@code @ClusterWide})
   * @param rootExceptions for an {@code @OnRoot} method, the checked exceptions the root's method
   *     declares (the member-local root's forwarding override may declare no more); else empty
   */
  public record ClusterMethod(
      MethodModel method, boolean clusterWide, List<TypeName> rootExceptions) {
    public ClusterMethod {
      rootExceptions = List.copyOf(rootExceptions);
    }
  }
}

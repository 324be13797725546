package org.k42j.processor.clustered.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import org.k42j.processor.common.Deprecations;

/**
 * One constructor of the root that the generated factory can call, seen through the contract's type
 * variables (a root {@code CacheRoot<A, B>} of {@code Cache<K, V>} has {@code CacheRoot(A first)}
 * as {@code (K first)}). The factory gets one {@code create} per constructor, with the same type
 * variables, parameters, varargs and thrown types.
 *
 * @param typeVariables the constructor's own type variables
 * @param parameters the parameters, named as in the root
 * @param varargs whether the last parameter is varargs
 * @param exceptions the declared thrown types, checked and unchecked
 * @param throwsChecked whether one of {@code exceptions} is a checked exception
 * @param deprecated the constructor's {@code @Deprecated} as written, which its {@code create}
 *     repeats (calling a deprecated constructor from a deprecated method does not warn); null when
 *     it is not deprecated
 */
public record RootConstructor(
    List<TypeVariableName> typeVariables,
    List<ParameterSpec> parameters,
    boolean varargs,
    List<TypeName> exceptions,
    boolean throwsChecked,
    AnnotationSpec deprecated) {

  /** The no-argument constructor that throws nothing: the generated root's only constructor. */
  public static final RootConstructor NO_ARGUMENTS =
      new RootConstructor(List.of(), List.of(), false, List.of(), false, null);

  public RootConstructor {
    typeVariables = List.copyOf(typeVariables);
    parameters = List.copyOf(parameters);
    exceptions = List.copyOf(exceptions);
  }

  /** Whether the constructor is deprecated for removal: calling it warns even when deprecated. */
  public boolean deprecatedForRemoval() {
    return Deprecations.forRemoval(deprecated);
  }
}

package org.k42j.processor.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import org.k42j.annotations.Reduce;

/**
 * One contract method as the dispatcher implements it, with types already resolved against the
 * contract (inherited generic methods are seen through the contract's own type variables).
 *
 * @param name the method name
 * @param typeVariables the method's own type variables
 * @param returnType the return type ({@code void} included)
 * @param parameters the parameters, named as in the contract
 * @param varargs whether the last parameter is varargs
 * @param exceptions the declared thrown types
 * @param kind how the call is routed
 * @param reduce the built-in reduction of a {@link Kind#GATHER} method, else {@link Reduce#NONE}
 * @param combiner the combiner class of a {@link Kind#GATHER} method without a reduction, else null
 * @param deprecated the {@code @Deprecated} of the contract method (of any of its declarations), as
 *     written, which every generated override repeats; null when it is not deprecated
 */
public record MethodModel(
    String name,
    List<TypeVariableName> typeVariables,
    TypeName returnType,
    List<ParameterSpec> parameters,
    boolean varargs,
    List<TypeName> exceptions,
    Kind kind,
    Reduce reduce,
    ClassName combiner,
    AnnotationSpec deprecated) {

  public MethodModel {
    typeVariables = List.copyOf(typeVariables);
    parameters = List.copyOf(parameters);
    exceptions = List.copyOf(exceptions);
  }

  /**
   * Whether the method is deprecated for removal ({@code @Deprecated(forRemoval = true)}): then
   * overriding and calling it warn even inside a deprecated method.
   */
  public boolean deprecatedForRemoval() {
    return Deprecations.forRemoval(deprecated);
  }

  /** How a contract method is routed. */
  public enum Kind {
    /** To the calling processor's rep (the hit path). */
    DISPATCH,
    /** To every existing rep; results folded by {@link #reduce()} or {@link #combiner()}. */
    GATHER,
    /** To every existing rep; returns void. */
    BROADCAST,
    /** To the user's {@code @Root}. */
    ON_ROOT
  }
}

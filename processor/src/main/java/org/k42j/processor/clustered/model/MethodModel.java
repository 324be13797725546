package org.k42j.processor.clustered.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import org.k42j.annotations.Reduce;
import org.k42j.model.RouteKind;
import org.k42j.processor.common.Deprecations;

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
 * @param reduce the built-in reduction of a {@link RouteKind#GATHER} method, else {@link
 *     Reduce#NONE}
 * @param combiner the combiner class of a {@link RouteKind#GATHER} method without a reduction, else
 *     null
 * @param deprecated the {@code @Deprecated} of the contract method (of any of its declarations), as
 *     written, which every generated override repeats; null when it is not deprecated
 * @param returnsHandle whether the object the call goes to may return itself, which the generated
 *     code then replaces with its own {@code this}: for a {@link RouteKind#DISPATCH} method, whose
 *     declared result type is the contract or a supertype of it (a fluent {@code return this} in
 *     the rep); for a {@link RouteKind#GATHER} method with a combiner, whose result type is the
 *     contract or a supertype of it (the combined result may be one of the reps' entries, which the
 *     dispatcher replaces with itself); for an {@link RouteKind#ON_ROOT} method, whose result type
 *     is the root class or a supertype of it. A caller holding the raw rep or root would skip the
 *     guard and the translation table.
 * @param genericCombiner whether {@code combiner} declares type parameters (the dispatcher then
 *     holds it raw and views it as a {@code Combiner} of the method's result)
 */
public record MethodModel(
    String name,
    List<TypeVariableName> typeVariables,
    TypeName returnType,
    List<ParameterSpec> parameters,
    boolean varargs,
    List<TypeName> exceptions,
    RouteKind kind,
    Reduce reduce,
    ClassName combiner,
    AnnotationSpec deprecated,
    boolean returnsHandle,
    boolean genericCombiner) {

  public MethodModel {
    typeVariables = List.copyOf(typeVariables);
    parameters = List.copyOf(parameters);
    exceptions = List.copyOf(exceptions);
  }

  /** A method whose combiner, if any, is not generic. */
  public MethodModel(
      String name,
      List<TypeVariableName> typeVariables,
      TypeName returnType,
      List<ParameterSpec> parameters,
      boolean varargs,
      List<TypeName> exceptions,
      RouteKind kind,
      Reduce reduce,
      ClassName combiner,
      AnnotationSpec deprecated,
      boolean returnsHandle) {
    this(
        name,
        typeVariables,
        returnType,
        parameters,
        varargs,
        exceptions,
        kind,
        reduce,
        combiner,
        deprecated,
        returnsHandle,
        false);
  }

  /** A method whose result is never replaced by the handle ({@code returnsHandle} false). */
  public MethodModel(
      String name,
      List<TypeVariableName> typeVariables,
      TypeName returnType,
      List<ParameterSpec> parameters,
      boolean varargs,
      List<TypeName> exceptions,
      RouteKind kind,
      Reduce reduce,
      ClassName combiner,
      AnnotationSpec deprecated) {
    this(
        name,
        typeVariables,
        returnType,
        parameters,
        varargs,
        exceptions,
        kind,
        reduce,
        combiner,
        deprecated,
        false);
  }

  /**
   * This method routed as {@code kind}, returning the handle for a rep or root as {@code
   * returnsHandle}.
   */
  public MethodModel withRouting(RouteKind kind, boolean returnsHandle) {
    return with(kind, returnsHandle, genericCombiner);
  }

  /** This method with a generic combiner. */
  public MethodModel withGenericCombiner() {
    return with(kind, returnsHandle, true);
  }

  /** This method with the given routing, handle replacement and combiner genericity. */
  private MethodModel with(RouteKind kind, boolean returnsHandle, boolean genericCombiner) {
    return new MethodModel(
        name,
        typeVariables,
        returnType,
        parameters,
        varargs,
        exceptions,
        kind,
        reduce,
        combiner,
        deprecated,
        returnsHandle,
        genericCombiner);
  }

  /**
   * Whether this is {@code toString()}, {@code hashCode()} or {@code equals(Object)}, redeclared in
   * the contract with a marker: routed by the dispatcher, and forwarded by the guard (a gather
   * visits the guard), but left to {@link Object} in the miss object, which no routed call reaches.
   */
  public boolean isObjectMethod() {
    if (parameters.isEmpty()) {
      return name.equals("toString") || name.equals("hashCode");
    }
    return name.equals("equals")
        && parameters.size() == 1
        && parameters.get(0).type().equals(ClassName.OBJECT);
  }

  /**
   * Whether the method is deprecated for removal ({@code @Deprecated(forRemoval = true)}): then
   * overriding and calling it warn even inside a deprecated method.
   */
  public boolean deprecatedForRemoval() {
    return Deprecations.forRemoval(deprecated);
  }
}

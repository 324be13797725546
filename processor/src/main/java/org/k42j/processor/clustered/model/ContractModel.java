package org.k42j.processor.clustered.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Everything the writer needs to generate one clustered object, validated and immutable. Built by
 * the validator from source elements; a later front end (run-time clustering) can build the same
 * model from reflection.
 *
 * @param contract the {@code @ClusteredObject} interface
 * @param typeVariables the contract's type variables, in order (reps and roots declare the same)
 * @param isPublic whether the contract is public (public generated types and a service entry) or
 *     package-private
 * @param rep the {@code @Rep} class and its settings
 * @param root the root class the factory instantiates
 * @param methods every method the dispatcher implements, in a deterministic order
 * @param originatingElement the {@code @Rep} class, the one element every generated file is passed
 *     to the Filer with: the model follows from the rep alone (the contract is its superinterface,
 *     the user root the class it names), which makes the processor isolating for Gradle; null for a
 *     model not built from source elements
 * @param memberTypeNames the simple names of the member types the contract declares or inherits
 *     ({@code Machine.Processors}): inside the generated classes that implement the contract they
 *     hide every other type of that name, so the generated code names such types qualified
 * @param serializable whether the contract extends {@code java.io.Serializable}: the dispatcher
 *     then writes the object's serial form (every rep's exported state) in its own place
 */
public record ContractModel(
    ClassName contract,
    List<TypeVariableName> typeVariables,
    boolean isPublic,
    RepModel rep,
    RootModel root,
    List<MethodModel> methods,
    Element originatingElement,
    List<String> memberTypeNames,
    boolean serializable) {

  /** A contract that does not extend {@code java.io.Serializable}. */
  public ContractModel(
      ClassName contract,
      List<TypeVariableName> typeVariables,
      boolean isPublic,
      RepModel rep,
      RootModel root,
      List<MethodModel> methods,
      Element originatingElement,
      List<String> memberTypeNames) {
    this(
        contract,
        typeVariables,
        isPublic,
        rep,
        root,
        methods,
        originatingElement,
        memberTypeNames,
        false);
  }

  public ContractModel {
    typeVariables = List.copyOf(typeVariables);
    methods = List.copyOf(methods);
    memberTypeNames = List.copyOf(memberTypeNames);
  }

  /**
   * The prefix of every generated name: the contract's simple names from the outermost type inward
   * joined with {@code _} ({@code Outer.Counter} gives {@code Outer_Counter}).
   */
  public String prefix() {
    return String.join("_", contract.simpleNames());
  }

  /** A generated type's name: {@code <prefix>_<suffix>} in the contract's package. */
  public ClassName generated(GeneratedType type) {
    return ClassName.get(contract.packageName(), prefix() + "_" + type.suffix());
  }

  /** The contract as a type, parameterized by its own type variables when it is generic. */
  public TypeName contractType() {
    return parameterized(contract);
  }

  /** {@code name<T1, ..., Tn>} with the contract's type variables, or {@code name} if none. */
  public TypeName parameterized(ClassName name) {
    return typeVariables.isEmpty()
        ? name
        : ParameterizedTypeName.get(name, typeVariables.toArray(new TypeName[0]));
  }

  /** Whether {@code combiner}, the combiner of some gather method, declares type parameters. */
  public boolean genericCombiner(ClassName combiner) {
    for (MethodModel method : methods) {
      if (combiner.equals(method.combiner()) && method.genericCombiner()) {
        return true;
      }
    }
    return false;
  }
}

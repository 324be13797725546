package org.k42j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * A contract that has an error, for which k42j writes stand-ins of {@code <prefix>_RootBase} and
 * {@code <prefix>_RepBase} instead of the real generated types: a user's {@code @Root} always
 * extends the root base, and a rep may extend the rep base, so without them javac would add its own
 * "cannot find symbol" to the one k42j error. The stand-ins name neither the contract, nor the rep,
 * nor the root (any of which may be what is wrong), and are never instantiated: with the error, no
 * factory exists to create the object.
 *
 * @param contract the {@code @ClusteredObject} interface
 * @param typeVariables the names of the contract's type variables, in order; the stand-ins declare
 *     them without bounds, so that user code passing them any type arguments compiles
 * @param isPublic whether the contract and every type around it are public (then so are the
 *     stand-ins, which user code in other packages may extend)
 * @param originatingElement the contract's rep when it has one, else the contract
 * @param runtimeAvailable whether the runtime is on the class path: then the stand-ins extend its
 *     {@code ClusterRoot} and {@code AbstractRep} like the real bases; else they extend nothing
 */
public record StandInModel(
    ClassName contract,
    List<String> typeVariables,
    boolean isPublic,
    Element originatingElement,
    boolean runtimeAvailable) {

  public StandInModel {
    typeVariables = List.copyOf(typeVariables);
  }

  /** A stand-in's name: {@code <prefix>_<suffix>} in the contract's package. */
  public ClassName generated(GeneratedType type) {
    return ClassName.get(
        contract.packageName(), String.join("_", contract.simpleNames()) + "_" + type.suffix());
  }
}

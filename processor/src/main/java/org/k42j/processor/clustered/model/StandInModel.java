package org.k42j.processor.clustered.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * A contract that has an error, for which k42j writes stand-ins of the generated types user code
 * may name instead of the real ones: {@code <prefix>_RootBase}, which a user's {@code @Root} always
 * extends, {@code <prefix>_RepBase}, which a rep may extend, {@code <prefix>_Root}, which a rep's
 * constructor may take (unless the rep names a root of its own), and the generated classes a sealed
 * contract's permits clause names. Without them javac would add its own "cannot find symbol" to the
 * one k42j error. The stand-ins name neither the contract, nor the rep, nor the root (any of which
 * may be what is wrong), and are never instantiated: with the error, no factory exists to create
 * the object.
 *
 * @param contract the {@code @ClusteredObject} interface
 * @param typeVariables the names of the contract's type variables, in order; the stand-ins declare
 *     them without bounds, so that user code passing them any type arguments compiles
 * @param isPublic whether the contract and every type around it are public (then so are the
 *     stand-ins, which user code in other packages may extend)
 * @param originatingElement the contract's rep when it has one, else the contract
 * @param runtimeAvailable whether the runtime is on the class path: then the stand-ins extend its
 *     {@code ClusterRoot} and {@code AbstractRep} like the real bases; else they extend nothing
 * @param types the stand-ins to write, in a fixed order: always the root base and the rep base
 */
public record StandInModel(
    ClassName contract,
    List<String> typeVariables,
    boolean isPublic,
    Element originatingElement,
    boolean runtimeAvailable,
    List<GeneratedType> types) {

  public StandInModel {
    typeVariables = List.copyOf(typeVariables);
    types = List.copyOf(types);
  }

  /** A stand-in's name: {@code <prefix>_<suffix>} in the contract's package. */
  public ClassName generated(GeneratedType type) {
    return ClassName.get(
        contract.packageName(), String.join("_", contract.simpleNames()) + "_" + type.suffix());
  }
}

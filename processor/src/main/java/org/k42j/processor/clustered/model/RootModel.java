package org.k42j.processor.clustered.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The root class the factory instantiates.
 *
 * @param type the user's {@code @Root} class, or the generated {@code <prefix>_Root}
 * @param userWritten whether the user wrote it (then it extends {@code <prefix>_RootBase})
 * @param constructors the root's constructors the factory can call, in declaration order (at least
 *     one; the generated root has only {@link RootConstructor#NO_ARGUMENTS})
 */
public record RootModel(ClassName type, boolean userWritten, List<RootConstructor> constructors) {

  public RootModel {
    constructors = List.copyOf(constructors);
  }

  /**
   * Whether the root can be created without arguments and without a checked exception: then the
   * dispatcher has a public no-argument constructor that {@code ServiceLoader} (and {@code
   * ClusteredObjects.create(Contract.class)}) can call.
   */
  public boolean createdWithoutArguments() {
    return constructors.stream().anyMatch(c -> c.parameters().isEmpty() && !c.throwsChecked());
  }
}

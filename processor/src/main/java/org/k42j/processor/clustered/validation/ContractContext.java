package org.k42j.processor.clustered.validation;

import javax.lang.model.element.TypeElement;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.common.Names;

/**
 * What validating a contract's rep and root needs to know about the contract.
 *
 * @param contract the {@code @ClusteredObject} interface
 * @param pkg its package, where every generated type lives ("" for the unnamed package)
 * @param prefix the prefix of the generated names
 * @param rootReference the user root the rep names, or null when it names none
 */
record ContractContext(
    TypeElement contract, String pkg, String prefix, RootReference rootReference) {

  /** The user root the rep names, or null. */
  TypeElement userRoot() {
    return rootReference == null ? null : rootReference.root();
  }

  /** The simple name of a generated type: {@code <prefix>_<suffix>}. */
  String generated(GeneratedType type) {
    return prefix + "_" + type.suffix();
  }

  /** The root a rep constructor may take: the user's root, else the generated root. */
  String rootName() {
    return rootReference != null
        ? Names.display(rootReference.root())
        : generated(GeneratedType.ROOT);
  }

  /** {@code name<K, V>} with the contract's type variables. */
  String withTypeVariables(String name) {
    return name + Names.typeVariables(contract);
  }

  /** The package for messages. */
  String packageForMessages() {
    return pkg.isEmpty() ? "(the unnamed package)" : pkg;
  }
}

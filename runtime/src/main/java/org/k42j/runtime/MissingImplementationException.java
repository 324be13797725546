package org.k42j.runtime;

/** {@link ClusteredObjects#create(Class)} found no generated implementation for a contract. */
public final class MissingImplementationException extends ClusteredObjectException {
  private static final long serialVersionUID = 1L;

  /** For the contract that has no generated dispatcher on the class path. */
  public MissingImplementationException(Class<?> contract, String why) {
    super(
        "no clustered implementation of "
            + contract.getName()
            + ": "
            + why
            + ". Annotate the "
            + "interface with @ClusteredObject and one class with @Rep, put k42j-processor on the "
            + "annotation processor path, and make the contract public (package-private contracts "
            + "are created with their generated Contract_Factory.create()).");
  }
}

package org.k42j.processor.exported.model;

/** The types generated for an exported interface, and the suffix each gets after the prefix. */
public enum PpcGeneratedType {
  /** Implements the interface in a client: each call becomes a protected procedure call. */
  STUB("Stub"),
  /** Runs a call in the server: checks the method number, unpacks, invokes, copies the result. */
  SKELETON("Skeleton"),
  /** Names the interface, makes stubs and the skeleton; a {@code ServiceLoader} provider. */
  BINDING("Binding");

  private final String suffix;

  PpcGeneratedType(String suffix) {
    this.suffix = suffix;
  }

  public String suffix() {
    return suffix;
  }
}

package org.k42j.runtime.clustering;

import org.k42j.runtime.ClusteredObjectException;

/**
 * A run-time clustering declaration that cannot be built: thrown by {@link Declaration#build()},
 * before any class is generated. The message reads {@code [k42j:<code>] <what is wrong>; <what to
 * do>}; where the rule is one the annotation processor also enforces, the code is the processor's
 * (see {@code docs/diagnostics.md}), so one catalogue explains both paths.
 */
public final class InvalidDeclarationException extends ClusteredObjectException {
  private static final long serialVersionUID = 1L;

  private final String code;

  InvalidDeclarationException(String code, String message) {
    super("[k42j:" + code + "] " + message);
    this.code = code;
  }

  /** The rule the declaration broke, such as {@code gather-combiner-type}. */
  public String code() {
    return code;
  }
}

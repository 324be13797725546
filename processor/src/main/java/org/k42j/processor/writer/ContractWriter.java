package org.k42j.processor.writer;

import javax.annotation.processing.ProcessingEnvironment;
import org.k42j.processor.model.ContractModel;

/**
 * Writes every source file and resource generated for one validated contract through the
 * processing environment's Filer.
 */
public final class ContractWriter {
  private final ProcessingEnvironment env;

  /** A writer that emits through {@code env}'s Filer and reports through its Messager. */
  public ContractWriter(ProcessingEnvironment env) {
    this.env = env;
  }

  /** Writes the generated types (and, for public contracts, the service entry) for {@code model}. */
  public void write(ContractModel model) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}

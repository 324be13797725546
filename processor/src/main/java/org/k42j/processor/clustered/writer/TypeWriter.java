package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.TypeSpec;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;

/** Writes one of the types generated for a contract. */
interface TypeWriter {
  /** Which generated type this writer produces. */
  GeneratedType type();

  /** Whether {@code model} gets this type at all (no root when the user wrote one, ...). */
  default boolean appliesTo(ContractModel model) {
    return true;
  }

  /** The type, complete with {@code @Generated}, Javadoc and originating elements. */
  TypeSpec write(ContractModel model);
}

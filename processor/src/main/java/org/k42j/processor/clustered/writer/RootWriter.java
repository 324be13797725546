package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.common.Javadocs;

/**
 * Writes {@code <prefix>_Root}, the root the factory makes when the user wrote no {@code @Root}.
 * Its constructor is package-private: only the factory and the dispatcher create roots.
 */
final class RootWriter implements TypeWriter {
  @Override
  public GeneratedType type() {
    return GeneratedType.ROOT;
  }

  @Override
  public boolean appliesTo(ContractModel model) {
    return !model.root().userWritten();
  }

  @Override
  public TypeSpec write(ContractModel model) {
    return TypeShells.classBuilder(
            model,
            GeneratedType.ROOT,
            true,
            "The root of a clustered "
                + Javadocs.link(model.contract(), model.contract().packageName())
                + " with no user state.")
        .addModifiers(Modifier.FINAL)
        .superclass(model.parameterized(model.generated(GeneratedType.ROOT_BASE)))
        .addMethod(MethodSpec.constructorBuilder().build())
        .build();
  }
}

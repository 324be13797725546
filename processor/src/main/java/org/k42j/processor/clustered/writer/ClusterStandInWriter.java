package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.common.Javadocs;

/**
 * Writes the stand-in of {@code <prefix>_Cluster} (see {@link ClusterWriter#writeStandIn}) for a
 * {@code @ClusterWide} contract whose cluster side has an error.
 */
final class ClusterStandInWriter {
  private static final String INDENT = "  ";

  private ClusterStandInWriter() {}

  /**
   * Writes the stand-in of {@code <prefix>_Cluster} for a contract whose cluster side has an error:
   * {@code of} takes any member and refuses, so user code that names it compiles and the contract's
   * one error stays the only one. It names no type of {@code k42j-cluster}, which may be missing.
   */
  static void write(Filer filer, ContractModel model) throws IOException {
    ClassName self = model.generated(GeneratedType.CLUSTER);
    TypeSpec standIn =
        TypeShells.staticHolderBuilder(
                model,
                GeneratedType.CLUSTER,
                true,
                "Stands in for the cluster side of "
                    + Javadocs.link(model.contract(), model.contract().packageName())
                    + ", which has an error the compiler reported; fix it to get the real one.")
            .addModifiers(Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("of")
                    .addModifiers(TypeShells.visibility(model))
                    .addModifiers(Modifier.STATIC)
                    .addJavadoc(Javadocs.member("Refuses: the cluster side has an error."))
                    .addTypeVariables(model.typeVariables())
                    .addParameter(Object.class, "member")
                    .addParameter(String.class, "name")
                    .returns(model.contractType())
                    .addStatement(
                        "throw new $T($L)",
                        IllegalStateException.class,
                        ClusterCode.literal(
                            model.contract().canonicalName()
                                + " has an error in its cluster side (see the compiler's"
                                + " message); "
                                + self.simpleName()
                                + " is a stand-in"))
                    .build())
            .build();
    JavaFile.builder(model.contract().packageName(), standIn)
        .indent(INDENT)
        .skipJavaLangImports(true)
        .build()
        .writeTo(filer);
  }
}

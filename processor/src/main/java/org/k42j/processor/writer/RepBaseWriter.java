package org.k42j.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.k42j.processor.model.ContractModel;
import org.k42j.processor.model.GeneratedType;

/**
 * Writes {@code <prefix>_RepBase}, the optional base class of the rep: the runtime's {@code
 * AbstractRep} (home processor, node, cleanup) plus its root and sibling reps typed for this
 * contract.
 */
final class RepBaseWriter implements TypeWriter {
  @Override
  public GeneratedType type() {
    return GeneratedType.REP_BASE;
  }

  @Override
  public TypeSpec write(ContractModel model) {
    TypeName rootType = model.parameterized(model.root().type());
    TypeName repType = model.parameterized(model.rep().type());
    MethodSpec.Builder root =
        MethodSpec.methodBuilder("root")
            .addJavadoc(Javadocs.member("The root of the clustered object this rep serves."))
            .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
            .returns(rootType);
    if (!model.typeVariables().isEmpty()) {
      root.addAnnotation(RuntimeTypes.suppress("unchecked"))
          .addComment("Only this contract's root creates this contract's reps.");
    }
    root.addStatement("return ($T) clusterRoot()", rootType);

    return TypeShells.classBuilder(
            model,
            GeneratedType.REP_BASE,
            true,
            "Optional base class for "
                + Javadocs.link(model.rep().type(), model.contract().packageName())
                + ": its root, home processor, node and sibling reps.")
        .addModifiers(Modifier.ABSTRACT)
        .superclass(RuntimeTypes.ABSTRACT_REP)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED).build())
        .addMethod(root.build())
        .addMethod(
            MethodSpec.methodBuilder("siblings")
                .addJavadoc(
                    Javadocs.member(
                        "Every rep of the object created so far, this one included, in slot order"
                            + " (unguarded)."))
                .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), repType))
                .addStatement("return root().reps()")
                .build())
        .build();
  }
}

package org.k42j.processor.exported.writer;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.k42j.processor.exported.model.ExportedModel;
import org.k42j.processor.exported.model.PpcGeneratedType;

/**
 * Writes {@code <prefix>_Binding}: the {@code PpcBinding} the kernel finds an exported interface's
 * stub and skeleton by (by its generated name, or as a {@code ServiceLoader} provider).
 */
final class BindingWriter {
  private BindingWriter() {}

  static TypeSpec write(ExportedModel model) {
    TypeName exported = model.exported();
    TypeName classOfExported =
        ParameterizedTypeName.get(com.palantir.javapoet.ClassName.get(Class.class), exported);
    return PpcShells.classBuilder(
            model,
            PpcGeneratedType.BINDING,
            "Binds "
                + PpcShells.link(model)
                + " for protected procedure calls: makes its client stubs and its server"
                + " skeleton.")
        .addSuperinterface(ParameterizedTypeName.get(PpcTypes.PPC_BINDING, exported))
        .addMethod(
            MethodSpec.methodBuilder("exported")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(classOfExported)
                .addStatement("return $T.class", exported)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("stub")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(exported)
                .addParameter(PpcTypes.OBJECT_HANDLE, "handle")
                .addParameter(PpcTypes.PPC, "ppc")
                .addStatement("return new $T(handle, ppc)", model.generated(PpcGeneratedType.STUB))
                .build())
        .addMethod(
            MethodSpec.methodBuilder("skeleton")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(PpcTypes.SKELETON, exported))
                .addStatement("return new $T()", model.generated(PpcGeneratedType.SKELETON))
                .build())
        .build();
  }
}

package org.k42j.processor.exported.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.k42j.processor.common.GeneratedCode;
import org.k42j.processor.common.Javadocs;
import org.k42j.processor.exported.model.ExportedModel;
import org.k42j.processor.exported.model.PpcGeneratedType;
import org.k42j.processor.exported.model.RemoteMethodModel;
import org.k42j.processor.exported.model.ValueShape;

/**
 * Writes {@code <prefix>_Skeleton}: runs a call in the server. {@code invoke} switches on the
 * method number (one out of range is refused with the base's {@code badMethod}), unpacks the
 * arguments the stub copied (an exported object arrives as a handle and is bound to a stub), calls
 * the server object and returns the result copied by value (an exported object as its handle).
 */
final class SkeletonWriter {
  private SkeletonWriter() {}

  static TypeSpec write(ExportedModel model) {
    ValueCopies copies =
        new ValueCopies(
            model.generated(PpcGeneratedType.SKELETON),
            CodeBlock.of("ppc()"),
            StubWriter.methodNames(model));
    ClassName exported = model.exported();
    MethodSpec.Builder invoke =
        MethodSpec.methodBuilder("invoke")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addParameter(exported, "target")
            .addParameter(TypeName.INT, "method")
            .addParameter(ArrayTypeName.of(Object.class), "args")
            .addException(Throwable.class);
    boolean unchecked = false;
    invoke.beginControlFlow("switch (method)");
    for (RemoteMethodModel method : model.methods()) {
      boolean block = method.result() instanceof ValueShape.Remote;
      invoke.addCode(block ? "case $L: {\n$>" : "case $L:\n$>", method.number());
      List<CodeBlock> arguments = new ArrayList<>();
      for (int i = 0; i < method.parameters().size(); i++) {
        ValueShape shape = method.parameters().get(i).shape();
        unchecked |= isParameterized(shape.type());
        arguments.add(argument(shape, i));
      }
      CodeBlock call =
          CodeBlock.of("target.$N($L)", method.name(), CodeBlock.join(arguments, ",$W"));
      ValueShape result = method.result();
      if (result == null) {
        invoke.addStatement("$L", call).addStatement("return null");
      } else if (result instanceof ValueShape.Remote remote) {
        invoke
            .addStatement("$T result = $L", remote.type(), call)
            .addStatement(
                "return result == null ? null : ppc().handleOf(result, $T.class)", remote.type());
      } else {
        invoke.addStatement("return $L", copies.copy(result, call));
      }
      invoke.addCode(block ? "$<}\n" : "$<");
    }
    invoke.addCode("default:\n$>").addStatement("throw badMethod(method)").addCode("$<");
    invoke.endControlFlow();
    List<String> warnings = new ArrayList<>();
    if (unchecked) {
      warnings.add("unchecked");
    }
    if (model.methods().stream().anyMatch(method -> method.deprecated() != null)) {
      warnings.add("deprecation");
    }
    if (model.methods().stream().anyMatch(RemoteMethodModel::deprecatedForRemoval)) {
      warnings.add("removal");
    }
    if (!warnings.isEmpty()) {
      invoke.addAnnotation(GeneratedCode.suppress(warnings));
    }
    TypeSpec.Builder skeleton =
        PpcShells.classBuilder(
                model,
                PpcGeneratedType.SKELETON,
                "The server side of "
                    + PpcShells.link(model)
                    + ": runs a protected procedure call on the exported object, in its address"
                    + " space, and copies the result back by value.")
            .superclass(ParameterizedTypeName.get(PpcTypes.SKELETON, exported))
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc(Javadocs.member(constructorJavadoc(model)))
                    .addModifiers(Modifier.PUBLIC)
                    .addStatement("super($T.class, $L)", exported, model.methods().size())
                    .build())
            .addMethod(invoke.build());
    skeleton.addMethods(copies.helpers());
    return skeleton.build();
  }

  private static String constructorJavadoc(ExportedModel model) {
    int count = model.methods().size();
    String methods =
        count == 0
            ? "which has no remote methods"
            : count == 1
                ? "whose one remote method is number 0"
                : "whose remote methods are numbered 0 to " + (count - 1);
    return "The skeleton of " + PpcShells.link(model) + ", " + methods + ".";
  }

  /** {@code (String) args[0]}, or an exported object's handle bound to a stub. */
  private static CodeBlock argument(ValueShape shape, int index) {
    if (shape instanceof ValueShape.Remote remote) {
      return CodeBlock.of(
          "args[$L] == null ? null :$Wppc().bind(($T) args[$L], $T.class)",
          index,
          PpcTypes.OBJECT_HANDLE,
          index,
          remote.type());
    }
    return CodeBlock.of("($T) args[$L]", shape.type(), index);
  }

  /** Whether a cast to {@code type} is unchecked: a parameterized type, or an array of one. */
  static boolean isParameterized(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return isParameterized(array.componentType());
    }
    return type instanceof ParameterizedTypeName;
  }
}

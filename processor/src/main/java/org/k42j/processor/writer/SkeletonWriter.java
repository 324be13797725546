package org.k42j.processor.writer;

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
import org.k42j.processor.model.ExportedModel;
import org.k42j.processor.model.PpcGeneratedType;
import org.k42j.processor.model.RemoteMethodModel;
import org.k42j.processor.model.ValueShape;

/**
 * Writes {@code <prefix>_Skeleton}: runs a call in the server. {@code invoke} switches on the
 * method number (one out of range is refused with the base's {@code badMethod}), unpacks the
 * arguments the stub copied (an exported object arrives as a handle and is bound to a stub), calls
 * the server object and returns the result copied by value (an exported object as its handle).
 */
final class SkeletonWriter {
  private SkeletonWriter() {}

  static TypeSpec write(ExportedModel model) {
    ValueCopies copies = new ValueCopies(CodeBlock.of("ppc()"), StubWriter.methodNames(model));
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
      invoke.addCode("case $L:\n", method.number()).addCode("$>");
      List<CodeBlock> arguments = new ArrayList<>();
      for (int i = 0; i < method.parameters().size(); i++) {
        ValueShape shape = method.parameters().get(i).shape();
        unchecked |= isParameterized(shape.type());
        arguments.add(argument(shape, i));
      }
      CodeBlock call =
          CodeBlock.of("target.$N($L)", method.name(), CodeBlock.join(arguments, ", "));
      ValueShape result = method.result();
      if (result == null) {
        invoke.addStatement("$L", call).addStatement("return null");
      } else if (result instanceof ValueShape.Remote remote) {
        invoke.addStatement("return handleOf($L, $T.class)", call, remote.type());
      } else {
        invoke.addStatement("return $L", copies.copy(result, call));
      }
      invoke.addCode("$<");
    }
    invoke.addCode("default:\n$>").addStatement("throw badMethod(method)").addCode("$<");
    invoke.endControlFlow();
    if (unchecked) {
      invoke.addAnnotation(RuntimeTypes.suppress("unchecked"));
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
                    .addJavadoc(
                        Javadocs.member(
                            "The skeleton of "
                                + PpcShells.link(model)
                                + ", with its "
                                + model.methods().size()
                                + " remote methods."))
                    .addModifiers(Modifier.PUBLIC)
                    .addStatement("super($T.class, $L)", exported, model.methods().size())
                    .build())
            .addMethod(invoke.build());
    if (hasRemoteResult(model)) {
      skeleton.addMethod(
          MethodSpec.methodBuilder("handleOf")
              .addJavadoc(Javadocs.member("An exported result as its handle; null stays null."))
              .addModifiers(Modifier.PRIVATE)
              .returns(PpcTypes.OBJECT_HANDLE)
              .addParameter(Object.class, "value")
              .addParameter(
                  ParameterizedTypeName.get(
                      ClassName.get(Class.class), com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class)),
                  "exported")
              .addStatement("return value == null ? null : ppc().handleOf(value, exported)")
              .build());
    }
    skeleton.addMethods(copies.helpers());
    return skeleton.build();
  }

  /** {@code (String) args[0]}, or an exported object's handle bound to a stub. */
  private static CodeBlock argument(ValueShape shape, int index) {
    if (shape instanceof ValueShape.Remote remote) {
      return CodeBlock.of(
          "args[$L] == null ? null : ppc().bind(($T) args[$L], $T.class)",
          index,
          PpcTypes.OBJECT_HANDLE,
          index,
          remote.type());
    }
    return CodeBlock.of("($T) args[$L]", shape.type(), index);
  }

  private static boolean hasRemoteResult(ExportedModel model) {
    for (RemoteMethodModel method : model.methods()) {
      if (method.result() instanceof ValueShape.Remote) {
        return true;
      }
    }
    return false;
  }

  private static boolean isParameterized(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return isParameterized(array.componentType());
    }
    return type instanceof ParameterizedTypeName;
  }
}

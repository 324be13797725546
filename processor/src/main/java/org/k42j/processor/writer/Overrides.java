package org.k42j.processor.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;
import org.k42j.processor.model.MethodModel;

/**
 * Contract methods as the dispatcher, the miss object and the guard implement them: one override
 * signature and one way to pass the arguments on, so the three classes cannot drift apart.
 */
final class Overrides {
  private Overrides() {}

  /**
   * {@code @Override public <type variables> R name(parameters) throws E}, with varargs kept,
   * ready for a body.
   */
  static MethodSpec.Builder signature(MethodModel method) {
    MethodSpec.Builder builder =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addTypeVariables(method.typeVariables())
            .returns(method.returnType())
            .addParameters(method.parameters())
            .varargs(method.varargs());
    for (TypeName exception : method.exceptions()) {
      builder.addException(exception);
    }
    return builder;
  }

  /** {@code receiver.name(a, b)}: the same call with the same arguments, in order. */
  static CodeBlock call(CodeBlock receiver, MethodModel method) {
    CodeBlock arguments =
        method.parameters().stream()
            .map(parameter -> CodeBlock.of("$N", parameter))
            .collect(CodeBlock.joining(", "));
    return CodeBlock.of("$L.$N($L)", receiver, method.name(), arguments);
  }

  /** Adds {@code return call;}, or {@code call;} for a void method. */
  static void addReturning(MethodSpec.Builder body, MethodModel method, CodeBlock call) {
    if (returnsVoid(method)) {
      body.addStatement("$L", call);
    } else {
      body.addStatement("return $L", call);
    }
  }

  static boolean returnsVoid(MethodModel method) {
    return method.returnType().equals(TypeName.VOID);
  }

  /** Whether {@code method} has a parameter called {@code name}. */
  static boolean hasParameter(MethodModel method, String name) {
    for (ParameterSpec parameter : method.parameters()) {
      if (parameter.name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}

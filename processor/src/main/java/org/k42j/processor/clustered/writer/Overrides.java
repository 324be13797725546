package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.GeneratedCode;

/**
 * Contract methods as the dispatcher, the miss object and the guard implement them: one override
 * signature and one way to pass the arguments on, so the three classes cannot drift apart.
 */
final class Overrides {
  private Overrides() {}

  /**
   * {@code @Override public <type variables> R name(parameters) throws E}, with varargs kept, ready
   * for a body.
   */
  static MethodSpec.Builder signature(MethodModel method) {
    return signature(method, List.of());
  }

  /**
   * As {@link #signature(MethodModel)}, with nothing in it for javac to warn about that the user
   * could not fix: an override of a deprecated contract method is {@code @Deprecated} as well (so
   * neither overriding nor calling it warns; one deprecated for removal also suppresses {@code
   * "removal"}), and one with a varargs parameter of a non-reifiable type ({@code K...}) suppresses
   * {@code "unchecked"}: declaring it is possible heap pollution, but the override only passes the
   * array on.
   *
   * @param warnings further warnings the body needs suppressed, in one {@code @SuppressWarnings}
   */
  static MethodSpec.Builder signature(MethodModel method, List<String> warnings) {
    return signature(method, warnings, true);
  }

  /**
   * As {@link #signature(MethodModel)} without {@code @Override}: for a class that does not
   * implement the contract itself but whose subclasses do (the rep base), so that the method
   * implements the contract's in them.
   */
  static MethodSpec.Builder inheritedSignature(MethodModel method) {
    return signature(method, List.of(), false);
  }

  private static MethodSpec.Builder signature(
      MethodModel method, List<String> warnings, boolean override) {
    MethodSpec.Builder builder = MethodSpec.methodBuilder(method.name());
    if (override) {
      builder.addAnnotation(Override.class);
    }
    if (method.deprecated() != null) {
      builder.addAnnotation(method.deprecated());
    }
    builder.addModifiers(Modifier.PUBLIC);
    Set<String> suppressed = new LinkedHashSet<>(warnings);
    if (method.varargs() && !isReifiable(lastParameterComponent(method))) {
      // Declaring K... is "possible heap pollution"; the override only passes the array on.
      // (@SafeVarargs would trade this warning for one about passing the array on.)
      suppressed.add("unchecked");
    }
    if (method.deprecatedForRemoval()) {
      suppressed.add("removal");
    }
    if (!suppressed.isEmpty()) {
      builder.addAnnotation(GeneratedCode.suppress(List.copyOf(suppressed)));
    }
    builder
        .addTypeVariables(method.typeVariables())
        .returns(method.returnType())
        .addParameters(method.parameters())
        .varargs(method.varargs());
    for (TypeName exception : method.exceptions()) {
      builder.addException(exception);
    }
    return builder;
  }

  private static TypeName lastParameterComponent(MethodModel method) {
    TypeName last = method.parameters().get(method.parameters().size() - 1).type();
    return last instanceof ArrayTypeName array ? array.componentType() : last;
  }

  /**
   * Whether {@code type} is reifiable (JLS 4.7): primitive, a plain class, a parameterization by
   * unbounded wildcards only, or an array of such; a type variable or a parameterized type is not.
   */
  static boolean isReifiable(TypeName type) {
    if (type instanceof TypeVariableName) {
      return false;
    }
    if (type instanceof ArrayTypeName array) {
      return isReifiable(array.componentType());
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      for (TypeName argument : parameterized.typeArguments()) {
        if (!(argument instanceof WildcardTypeName wildcard)
            || !wildcard.lowerBounds().isEmpty()
            || !wildcard.upperBounds().equals(List.of(ClassName.get(Object.class)))) {
          return false;
        }
      }
      return parameterized.enclosingType() == null || isReifiable(parameterized.enclosingType());
    }
    return true;
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

  /**
   * Adds {@code return call;} as {@link #addReturning} does, except that a method whose {@link
   * MethodModel#returnsHandle()} returns {@code this} in place of a result that is the receiver
   * itself: {@code R result = receiver.m(args); return result == receiver ? this : result;}.
   *
   * @param receiver an expression that names the same object each time it is evaluated (a field or
   *     a local)
   */
  static void addReturningHandle(
      MethodSpec.Builder body, MethodModel method, MethodScope scope, CodeBlock receiver) {
    if (!method.returnsHandle()) {
      addReturning(body, method, call(receiver, method));
      return;
    }
    String result = scope.local("result");
    body.addStatement("$T $N = $L", method.returnType(), result, call(receiver, method))
        .addComment("A result that is the called object itself (a fluent `return this`) becomes")
        .addComment("this object: a caller holding the object behind it would bypass the routing.")
        .addStatement("return $N == $L ? this : $N", result, receiver, result);
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

package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import org.k42j.processor.clustered.model.MethodModel;

/**
 * The names inside one generated method that implements a contract method. The contract chose the
 * parameter names, so a local the generator needs ({@code rep}, {@code result}, ...) takes another
 * name when a parameter already has it, a field a parameter shadows is read through {@code this},
 * and a type a parameter shadows is named by its canonical name. Without a clash the names are the
 * plain ones the reference shape uses.
 */
final class MethodScope {
  private final MethodModel method;
  private final NameAllocator names = new NameAllocator();

  MethodScope(MethodModel method) {
    this.method = method;
    for (ParameterSpec parameter : method.parameters()) {
      names.newName(parameter.name(), parameter);
    }
  }

  /** A fresh local name: {@code preferred} unless a parameter or earlier local has it. */
  String local(String preferred) {
    return names.newName(preferred);
  }

  /**
   * A static field of {@code owner}: {@code NAME}, or {@code Owner.NAME} when a parameter shadows
   * it.
   */
  CodeBlock staticField(ClassName owner, String name) {
    return Overrides.hasParameter(method, name)
        ? CodeBlock.of("$L.$N", type(owner), name)
        : CodeBlock.of("$N", name);
  }

  /**
   * {@code type} where an expression names it ({@code Processors.current()}): as usual, or by its
   * canonical name when a parameter has the name it would start with (a parameter {@code
   * Processors} would make {@code Processors.current()} a call on the parameter).
   */
  CodeBlock type(ClassName type) {
    for (String simpleName : type.simpleNames()) {
      if (Overrides.hasParameter(method, simpleName)) {
        return CodeBlock.of("$L", type.canonicalName());
      }
    }
    return CodeBlock.of("$T", type);
  }

  /** An instance field: {@code name}, or {@code this.name} when a parameter shadows it. */
  CodeBlock field(String name) {
    return Overrides.hasParameter(method, name)
        ? CodeBlock.of("this.$N", name)
        : CodeBlock.of("$N", name);
  }
}

package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.Javadocs;

/** How a contract method reads in generated Javadoc. */
final class MethodDocs {
  private MethodDocs() {}

  /** {@code {@code name(Type, Type...)}}: a method as a reader recognizes it. */
  static String code(MethodModel method) {
    return "{@code " + signature(method) + "}";
  }

  /** {@code name(Type, Type...)}: a method as a reader recognizes it. */
  static String signature(MethodModel method) {
    List<String> types = new ArrayList<>();
    List<ParameterSpec> parameters = method.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      TypeName type = parameters.get(i).type();
      boolean varargs = method.varargs() && i == parameters.size() - 1;
      types.add(
          varargs && type instanceof ArrayTypeName array
              ? Javadocs.simple(array.componentType()) + "..."
              : Javadocs.simple(type));
    }
    return method.name() + "(" + String.join(", ", types) + ")";
  }
}

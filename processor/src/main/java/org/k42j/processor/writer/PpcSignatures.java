package org.k42j.processor.writer;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;
import org.k42j.processor.model.RemoteMethodModel;
import org.k42j.processor.model.RemoteMethodModel.RemoteParameter;

/** Remote methods as the stub overrides them, and local names that no parameter takes. */
final class PpcSignatures {
  private PpcSignatures() {}

  /** {@code @Override public R name(parameters) throws E}, varargs kept, ready for a body. */
  static MethodSpec.Builder override(RemoteMethodModel method) {
    MethodSpec.Builder builder =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(method.returnType());
    for (RemoteParameter parameter : method.parameters()) {
      builder.addParameter(ParameterSpec.builder(parameter.shape().type(), parameter.name()).build());
    }
    builder.varargs(method.varargs());
    for (TypeName exception : method.exceptions()) {
      builder.addException(exception);
    }
    return builder;
  }

  /** {@code base}, or {@code base_}, {@code base__}, ...: the first no parameter is named. */
  static String localName(RemoteMethodModel method, String base) {
    String name = base;
    while (hasParameter(method, name)) {
      name += "_";
    }
    return name;
  }

  private static boolean hasParameter(RemoteMethodModel method, String name) {
    for (RemoteParameter parameter : method.parameters()) {
      if (parameter.name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}

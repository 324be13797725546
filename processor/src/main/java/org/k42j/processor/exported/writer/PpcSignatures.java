package org.k42j.processor.exported.writer;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.k42j.processor.common.GeneratedCode;
import org.k42j.processor.exported.model.RemoteMethodModel;
import org.k42j.processor.exported.model.RemoteMethodModel.RemoteParameter;

/** Remote methods as the stub overrides them, and local names that no parameter takes. */
final class PpcSignatures {
  private PpcSignatures() {}

  /**
   * {@code @Override public R name(parameters) throws E}, varargs kept, ready for a body; an
   * override of a deprecated method is {@code @Deprecated} too (and one deprecated for removal
   * suppresses {@code "removal"}), so javac has nothing to warn about that the user cannot fix.
   *
   * @param warnings further warnings the body needs suppressed, in one {@code @SuppressWarnings}
   */
  static MethodSpec.Builder override(RemoteMethodModel method, List<String> warnings) {
    MethodSpec.Builder builder =
        MethodSpec.methodBuilder(method.name()).addAnnotation(Override.class);
    if (method.deprecated() != null) {
      builder.addAnnotation(method.deprecated());
    }
    List<String> suppressed = new ArrayList<>(warnings);
    if (method.deprecatedForRemoval()) {
      suppressed.add("removal");
    }
    if (!suppressed.isEmpty()) {
      builder.addAnnotation(GeneratedCode.suppress(suppressed));
    }
    builder.addModifiers(Modifier.PUBLIC).returns(method.returnType());
    for (RemoteParameter parameter : method.parameters()) {
      builder.addParameter(
          ParameterSpec.builder(parameter.shape().type(), parameter.name()).build());
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

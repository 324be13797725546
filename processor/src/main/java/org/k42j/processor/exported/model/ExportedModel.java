package org.k42j.processor.exported.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Everything the writer needs to generate the stub, skeleton and binding of one {@code @Exported}
 * interface, validated and immutable.
 *
 * @param exported the exported interface (public, not generic)
 * @param methods the remote methods, in method-number order
 * @param originatingElement the interface, the one element every generated file is passed to the
 *     Filer with; null for a model not built from source elements
 * @param memberTypeNames the simple names of the member types the interface declares or inherits:
 *     inside the generated stub, which implements it, they hide other types of that name, so the
 *     generated code names such types qualified
 */
public record ExportedModel(
    ClassName exported,
    List<RemoteMethodModel> methods,
    Element originatingElement,
    List<String> memberTypeNames) {

  public ExportedModel {
    methods = List.copyOf(methods);
    memberTypeNames = List.copyOf(memberTypeNames);
  }

  /** The prefix of every generated name: the simple names from the outermost type, joined by _. */
  public String prefix() {
    return String.join("_", exported.simpleNames());
  }

  /** A generated type's name: {@code <prefix>_<suffix>} in the interface's package. */
  public ClassName generated(PpcGeneratedType type) {
    return ClassName.get(exported.packageName(), prefix() + "_" + type.suffix());
  }
}

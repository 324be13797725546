package org.k42j.processor.common;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import java.util.List;

/** Reading a method's {@code @Deprecated} as the models keep it. */
public final class Deprecations {
  private Deprecations() {}

  /**
   * Whether {@code deprecated} (may be null) says {@code forRemoval = true}: then overriding and
   * calling the method warn even inside a deprecated method.
   */
  public static boolean forRemoval(AnnotationSpec deprecated) {
    if (deprecated == null) {
      return false;
    }
    List<CodeBlock> forRemoval = deprecated.members().get("forRemoval");
    return forRemoval != null
        && forRemoval.size() == 1
        && forRemoval.get(0).toString().equals("true");
  }
}

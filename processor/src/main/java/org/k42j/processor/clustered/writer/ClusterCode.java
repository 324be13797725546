package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import org.k42j.processor.clustered.model.ClusterModel;
import org.k42j.processor.clustered.model.MethodModel;

/**
 * Code pieces the writers of {@code <prefix>_Cluster} share: a call's arguments packed to cross
 * JVMs and unpacked on the other side, casts of carried values, and long string literals split to
 * keep generated lines within 100 columns.
 */
final class ClusterCode {
  private ClusterCode() {}

  /** {@code new Object[] {a, b}}: the call's arguments, boxed, to carry across JVMs. */
  static CodeBlock arguments(MethodModel method) {
    List<CodeBlock> names = new ArrayList<>();
    for (ParameterSpec parameter : method.parameters()) {
      names.add(CodeBlock.of("$N", parameter));
    }
    return CodeBlock.of("new Object[] {$L}", CodeBlock.join(names, ", "));
  }

  /** {@code receiver.m((A) args[0], (long) (Long) args[1])}: a call with carried arguments. */
  static CodeBlock unpacked(MethodModel method, String receiver) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < method.parameters().size(); i++) {
      TypeName type = ClusterModel.erasure(method.parameters().get(i).type());
      arguments.add(cast(type, CodeBlock.of("args[$L]", i)));
    }
    return CodeBlock.of("$N.$N($L)", receiver, method.name(), CodeBlock.join(arguments, ", "));
  }

  /**
   * {@code text} as a string literal in pieces of at most 45 characters joined by {@code +}, so
   * that generated lines stay within 100 columns.
   */
  static CodeBlock literal(String text) {
    List<CodeBlock> pieces = new ArrayList<>();
    int start = 0;
    while (text.length() - start > 45) {
      int cut = text.lastIndexOf(' ', start + 45);
      cut = cut <= start ? start + 45 : cut;
      pieces.add(CodeBlock.of("$S", text.substring(start, cut)));
      start = cut;
    }
    pieces.add(CodeBlock.of("$S", text.substring(start)));
    return CodeBlock.join(pieces, "\n+ ");
  }

  /** {@code (T) value}, or {@code (long) (Long) value} for a primitive {@code T}. */
  static CodeBlock cast(TypeName type, CodeBlock value) {
    if (type.isPrimitive()) {
      return CodeBlock.of("($T) ($T) $L", type, type.box(), value);
    }
    if (type.equals(ClassName.OBJECT)) {
      return value;
    }
    return CodeBlock.of("($T) $L", type, value);
  }
}

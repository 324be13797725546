package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.common.Javadocs;

/**
 * What a contract extending {@code java.io.Serializable} adds to the generated classes that
 * implement it: the dispatcher (the handle users hold) writes the object's serial form in its own
 * place, every rep's exported state; the miss object and the guard, serializable only through the
 * contract, are never written.
 */
final class SerialFormWriter {
  private static final ClassName SERIAL = ClassName.get("java.io", "Serial");

  private SerialFormWriter() {}

  /** The dispatcher's {@code serialVersionUID} and {@code writeReplace()}, when serializable. */
  static void addToDispatcher(TypeSpec.Builder dispatcher, ContractModel model) {
    if (!model.serializable()) {
      return;
    }
    dispatcher.addField(
        FieldSpec.builder(
                long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addAnnotation(SERIAL)
            .initializer("1L")
            .build());
    dispatcher.addMethod(
        MethodSpec.methodBuilder("writeReplace")
            .addJavadoc(
                Javadocs.member(
                    "Serialization writes the object's serial form instead of this handle: every"
                        + " rep's exported state, each taken under its guard as a gather reads it."
                        + " Reading it back makes a new clustered object, with a new identity,"
                        + " whose rep on the reading thread's processor imports every state."))
            .addAnnotation(SERIAL)
            .addModifiers(Modifier.PRIVATE)
            .returns(Object.class)
            .addStatement(
                "return core.serialForm($T::new)", model.generated(GeneratedType.DISPATCHER))
            .build());
  }

  /** Marks the miss object or the guard, serializable through the contract, as never written. */
  static void markNeverWritten(TypeSpec.Builder type, ContractModel model) {
    if (model.serializable()) {
      type.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "serial")
              .build());
    }
  }
}

package org.k42j.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.List;
import org.k42j.annotations.Combiner;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;

/**
 * The types generated code links against. Runtime types are named, never loaded: the processor does
 * not depend on the runtime; the annotations module is a real dependency.
 */
final class RuntimeTypes {
  static final String PROCESSOR = "org.k42j.processor.ClusteredObjectProcessor";

  static final ClassName PROCESSORS = ClassName.get("org.k42j.runtime", "Processors");
  static final ClassName HANDLE = ClassName.get("org.k42j.runtime.internal", "Handle");
  static final ClassName CLUSTER_ROOT = ClassName.get("org.k42j.runtime.internal", "ClusterRoot");
  static final ClassName BROADCASTS = ClassName.get("org.k42j.runtime.internal", "Broadcasts");
  static final ClassName ABSTRACT_REP = ClassName.get("org.k42j.runtime.internal", "AbstractRep");
  static final ClassName REP_GUARD = ClassName.get("org.k42j.runtime.internal", "RepGuard");
  static final ClassName CLUSTERED_OBJECT_EXCEPTION =
      ClassName.get("org.k42j.runtime", "ClusteredObjectException");

  static final ClassName POLICY = ClassName.get(Policy.class);
  static final ClassName CONCURRENCY = ClassName.get(Concurrency.class);
  static final ClassName COMBINER = ClassName.get(Combiner.class);
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /**
   * {@code @Generated("org.k42j.processor.ClusteredObjectProcessor")}, deliberately without a date.
   */
  static final AnnotationSpec GENERATED_ANNOTATION =
      AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();

  private RuntimeTypes() {}

  /** {@code @SuppressWarnings("<warning>")}. */
  static AnnotationSpec suppress(String warning) {
    return suppress(List.of(warning));
  }

  /** {@code @SuppressWarnings("<warning>")}, or {@code @SuppressWarnings({"<a>", "<b>"})}. */
  static AnnotationSpec suppress(List<String> warnings) {
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(SuppressWarnings.class);
    for (String warning : warnings) {
      annotation.addMember("value", "$S", warning);
    }
    return annotation.build();
  }
}

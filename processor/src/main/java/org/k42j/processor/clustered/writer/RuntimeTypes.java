package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import org.k42j.annotations.Combiner;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.processor.common.GeneratedCode;

/**
 * The types generated code links against. Runtime types are named, never loaded: the processor does
 * not depend on the runtime; the annotations module is a real dependency.
 */
final class RuntimeTypes {
  static final String PROCESSOR = "org.k42j.processor.ClusteredObjectProcessor";

  static final ClassName PROCESSORS = ClassName.get("org.k42j.runtime", "Processors");
  static final ClassName HANDLE = ClassName.get("org.k42j.runtime.internal", "DispatcherBase");
  static final ClassName CLUSTER_ROOT = ClassName.get("org.k42j.runtime.internal", "ClusterRoot");
  static final ClassName ROOT_CORE = ClassName.get("org.k42j.runtime.internal", "RootCore");
  static final ClassName BROADCASTS = ClassName.get("org.k42j.runtime.internal", "Broadcasts");
  static final ClassName ABSTRACT_REP = ClassName.get("org.k42j.runtime.internal", "AbstractRep");
  static final ClassName REP_GUARD = ClassName.get("org.k42j.runtime.internal", "RepGuard");
  static final ClassName CLUSTERED_OBJECT_EXCEPTION =
      ClassName.get("org.k42j.runtime", "ClusteredObjectException");

  static final ClassName POLICY = ClassName.get(Policy.class);
  static final ClassName CONCURRENCY = ClassName.get(Concurrency.class);
  static final ClassName COMBINER = ClassName.get(Combiner.class);

  /**
   * {@code @Generated("org.k42j.processor.ClusteredObjectProcessor")}, deliberately without a date.
   */
  static final AnnotationSpec GENERATED_ANNOTATION = GeneratedCode.generated(PROCESSOR);

  private RuntimeTypes() {}
}

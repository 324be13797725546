package org.k42j.processor.exported.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import org.k42j.processor.common.GeneratedCode;

/**
 * The kernel types generated stubs, skeletons and bindings link against, named, never loaded: the
 * processor does not depend on the kernel.
 */
final class PpcTypes {
  static final String PROCESSOR = "org.k42j.processor.ExportedProcessor";
  static final String PACKAGE = "org.k42j.kernel.ppc";

  static final ClassName PPC = ClassName.get(PACKAGE, "Ppc");
  static final ClassName OBJECT_HANDLE = ClassName.get(PACKAGE, "ObjectHandle");
  static final ClassName STUB = ClassName.get(PACKAGE, "Stub");
  static final ClassName MIGRATED_CALL = ClassName.get(PACKAGE, "MigratedCall");
  static final ClassName SKELETON = ClassName.get(PACKAGE, "Skeleton");
  static final ClassName PPC_BINDING = ClassName.get(PACKAGE, "PpcBinding");
  static final ClassName BY_VALUE = ClassName.get(PACKAGE, "ByValue");

  /** {@code @Generated("org.k42j.processor.ExportedProcessor")}, deliberately without a date. */
  static final AnnotationSpec GENERATED_ANNOTATION = GeneratedCode.generated(PROCESSOR);

  private PpcTypes() {}
}

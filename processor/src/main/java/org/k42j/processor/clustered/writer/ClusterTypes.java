package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;

/**
 * The types {@code <prefix>_Cluster} links against beyond the runtime's. Types of {@code
 * k42j-cluster} are named, never loaded: the processor does not depend on that module.
 */
final class ClusterTypes {
  private static final String CLUSTER = "org.k42j.cluster";
  static final ClassName BINDING = ClassName.get(CLUSTER, "ClusterBinding");
  static final ClassName MEMBER = ClassName.get(CLUSTER, "ClusterMember");
  static final ClassName SIDE_INTERFACE = ClassName.get(CLUSTER, "ClusterSide");
  static final ClassName ROUTES = ClassName.get(CLUSTER + ".internal", "ClusterRoutes");
  static final ClassName SERIAL_FORM = ClassName.get("org.k42j.runtime.internal", "SerialForm");
  static final ClassName LIST = ClassName.get(List.class);
  static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);

  private ClusterTypes() {}
}

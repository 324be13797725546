package org.k42j.processor.diagnostics;

import static org.k42j.processor.diagnostics.Fixtures.assertSingleError;
import static org.k42j.processor.diagnostics.Fixtures.compile;
import static org.k42j.processor.diagnostics.Fixtures.counter;
import static org.k42j.processor.diagnostics.Fixtures.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Rep} policies and cluster sizes that contradict each other; anchored on the attribute.
 */
class PolicyDiagnosticsTest {
  private static JavaFileObject repAnnotatedWith(String annotation) {
    return source(
        "test.CounterRep",
        """
        package test;

        import org.k42j.annotations.*;

        %s
        final class CounterRep implements Counter {
          public void increment() {}

          public long value() { return 0; }
        }
        """
            .formatted(annotation));
  }

  @Test
  void perClusterWithClusterSizeOneIsReportedOnClusterSize() {
    JavaFileObject rep =
        repAnnotatedWith(
            """
            @Rep(
                policy = Policy.PER_CLUSTER,
                clusterSize = 1)
            """);

    assertSingleError(
        compile(counter(), rep),
        "[k42j:cluster-size-required] Policy.PER_CLUSTER on CounterRep needs clusterSize of at"
            + " least 2 (processors per rep), but clusterSize is 1; set clusterSize = 2 or more, or"
            + " choose another policy",
        rep,
        "clusterSize = 1",
        "test.Counter");
  }

  @Test
  void perClusterWithoutClusterSizeIsReportedOnPolicy() {
    JavaFileObject rep =
        repAnnotatedWith(
            """
            @Rep(
                concurrency = Concurrency.THREAD_SAFE,
                policy = Policy.PER_CLUSTER)
            """);

    assertSingleError(
        compile(counter(), rep),
        "[k42j:cluster-size-required] Policy.PER_CLUSTER on CounterRep needs clusterSize of at"
            + " least 2 (processors per rep), but clusterSize is not set;",
        rep,
        "policy = Policy.PER_CLUSTER",
        "test.Counter");
  }

  @Test
  void clusterSizeUnderPerNodeIsReportedOnClusterSize() {
    JavaFileObject rep =
        repAnnotatedWith(
            """
            @Rep(
                policy = Policy.PER_NODE,
                clusterSize = 4)
            """);

    assertSingleError(
        compile(counter(), rep),
        "[k42j:cluster-size-without-per-cluster] clusterSize = 4 on CounterRep has no meaning under"
            + " Policy.PER_NODE; remove clusterSize, or use policy = Policy.PER_CLUSTER",
        rep,
        "clusterSize = 4",
        "test.Counter");
  }

  @Test
  void clusterSizeUnderTheDefaultPolicyIsReportedOnClusterSize() {
    JavaFileObject rep =
        repAnnotatedWith(
            """
            @Rep(
                concurrency = Concurrency.THREAD_SAFE,
                clusterSize = 8)
            """);

    assertSingleError(
        compile(counter(), rep),
        "[k42j:cluster-size-without-per-cluster] clusterSize = 8 on CounterRep has no meaning under"
            + " Policy.PER_PROCESSOR;",
        rep,
        "clusterSize = 8",
        "test.Counter");
  }
}

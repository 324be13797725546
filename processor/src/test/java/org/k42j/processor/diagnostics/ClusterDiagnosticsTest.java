package org.k42j.processor.diagnostics;

import static org.k42j.processor.diagnostics.Fixtures.assertSingleError;
import static org.k42j.processor.diagnostics.Fixtures.compile;
import static org.k42j.processor.diagnostics.Fixtures.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Mistakes in the cluster side of a contract ({@code @ClusterWide}, the k42j-cluster module). The
 * contract itself is valid, so its member-local classes are generated; the cluster side is not, and
 * the one error names what to change. (Valid cluster contracts are compiled, run and tested in the
 * cluster module, whose classes the generated {@code _Cluster} code needs.)
 */
class ClusterDiagnosticsTest {
  /** {@code test.Hits} with {@code header} before the interface and {@code body} in it. */
  private static JavaFileObject hits(String header, String body) {
    return source(
        "test.Hits",
        """
        package test;

        import org.k42j.annotations.*;

        @ClusteredObject
        %s
        public interface Hits %s {
          void hit();

        %s
        }
        """
            .formatted(header, "extends java.io.Serializable", body));
  }

  /** A rep of {@code test.Hits} with a state transfer, under {@code annotation}. */
  private static JavaFileObject rep(String annotation, String body) {
    return source(
        "test.HitsRep",
        """
        package test;

        import java.util.List;
        import org.k42j.annotations.*;

        %s
        class HitsRep extends Hits_RepBase implements Hits {
          long hits;

          public void hit() { hits++; }

        %s

          @ExportState
          Long export() { return hits; }

          @ImportState
          void importAll(List<Long> states) { for (long s : states) hits += s; }
        }
        """
            .formatted(annotation, body));
  }

  private static JavaFileObject root(String declaration) {
    return source(
        "test.HitsRoot",
        """
        package test;

        import org.k42j.annotations.*;

        @Root
        %s
        """
            .formatted(declaration));
  }

  @Test
  void clusterWideMethodOfAContractWithoutClusterSide() {
    JavaFileObject contract =
        hits("", "  @ClusterWide\n  @Gather(reduce = Reduce.SUM)\n  long total();");
    assertSingleError(
        compile(contract, rep("@Rep", "  public long total() { return hits; }")),
        "[k42j:cluster-wide-contract] Hits.total() is marked @ClusterWide, but its contract"
            + " test.Hits is not, so it has no cluster side to widen the method to; mark Hits"
            + " @ClusterWide as well",
        contract,
        "long total();");
  }

  @Test
  void userCodeNamingTheClusterSideOfAFaultyContractGetsOnlyK42jsError() {
    JavaFileObject contract = hits("@ClusterWide", "  @ClusterWide\n  long mine();");
    JavaFileObject user =
        source(
            "test.User",
            """
            package test;

            class User {
              Hits bind() {
                return Hits_Cluster.of(null, "hits");
              }
            }
            """);
    assertSingleError(
        compile(contract, rep("@Rep", "  public long mine() { return hits; }"), user),
        "[k42j:cluster-wide-route] Hits.mine() is marked @ClusterWide",
        contract,
        "long mine();");
  }

  @Test
  void validClusterWideContractWithoutTheClusterModule() {
    JavaFileObject contract =
        hits("@ClusterWide", "  @ClusterWide\n  @Gather(reduce = Reduce.SUM)\n  long total();");
    assertSingleError(
        compile(contract, rep("@Rep", "  public long total() { return hits; }")),
        "[k42j:missing-dependency] test.Hits is @ClusterWide, but org.k42j.cluster.ClusterMember,"
            + " which the code generated for it extends, is not on the class path; add the artifact"
            + " org.k42j:k42j-cluster to the dependencies of the build",
        contract,
        "public interface Hits");
  }

  @Test
  void clusterWideOnATypeThatIsNoContract() {
    JavaFileObject plain =
        source(
            "test.Plain",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusterWide
            public interface Plain {
              void hit();
            }
            """);
    assertSingleError(
        compile(plain),
        "[k42j:cluster-wide-stray] test.Plain is marked @ClusterWide, but is not a"
            + " @ClusteredObject interface, so nothing takes it beyond one JVM",
        plain,
        "public interface Plain");
  }

  @Test
  void clusterWideOnARepMethod() {
    JavaFileObject rep = rep("@Rep", "  @ClusterWide\n  public long total() { return hits; }");
    assertSingleError(
        compile(hits("", "  @Gather(reduce = Reduce.SUM)\n  long total();"), rep),
        "[k42j:cluster-wide-stray] HitsRep.total() is marked @ClusterWide, but is not a method of"
            + " a @ClusteredObject interface",
        rep,
        "public long total()");
  }

  @Test
  void clusterWideOnAPerRepMethod() {
    JavaFileObject contract = hits("@ClusterWide", "  @ClusterWide\n  long mine();");
    assertSingleError(
        compile(contract, rep("@Rep", "  public long mine() { return hits; }")),
        "[k42j:cluster-wide-route] Hits.mine() is marked @ClusterWide, but only a @Gather or a"
            + " @Broadcast method can span the cluster",
        contract,
        "long mine();");
  }

  @Test
  void clusterWideContractThatIsNotSerializable() {
    JavaFileObject contract =
        source(
            "test.Plain",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            @ClusterWide
            public interface Plain {
              void hit();
            }
            """);
    JavaFileObject rep =
        source(
            "test.PlainRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            class PlainRep implements Plain {
              public void hit() {}
            }
            """);
    assertSingleError(
        compile(contract, rep),
        "[k42j:cluster-serializable] test.Plain is @ClusterWide, but does not extend"
            + " java.io.Serializable, and a member that leaves hands its reps' exported state to"
            + " another member as the object's serial form; let Plain extend Serializable",
        contract,
        "public interface Plain");
  }

  @Test
  void genericClusterWideContract() {
    JavaFileObject contract =
        source(
            "test.Box",
            """
            package test;

            import java.util.List;
            import org.k42j.annotations.*;

            @ClusteredObject
            @ClusterWide
            public interface Box<T> extends java.io.Serializable {
              void put(T value);
            }
            """);
    JavaFileObject rep =
        source(
            "test.BoxRep",
            """
            package test;

            import java.util.List;
            import org.k42j.annotations.*;

            @Rep
            class BoxRep<T> extends Box_RepBase<T> implements Box<T> {
              public void put(T value) {}

              @ExportState
              Integer export() { return 0; }

              @ImportState
              void importAll(List<Integer> states) {}
            }
            """);
    assertSingleError(
        compile(contract, rep),
        "[k42j:cluster-generic] test.Box is @ClusterWide, but declares type variables",
        contract,
        "public interface Box<T>");
  }

  @Test
  void finalRootOfAClusterWideContract() {
    JavaFileObject root =
        root(
            """
            final class HitsRoot extends Hits_RootBase implements java.io.Serializable {
              public long total() { return 0; }
            }
            """);
    assertSingleError(
        compile(
            hits("@ClusterWide", "  @OnRoot\n  long total();"),
            rep("@Rep(root = HitsRoot.class)", ""),
            root),
        "[k42j:cluster-root-final] test.HitsRoot is final, but the cluster side of test.Hits"
            + " overrides the root's @OnRoot methods in each member to send them to the cluster's"
            + " copy of the root; remove final",
        root,
        "final class HitsRoot");
  }

  @Test
  void finalOnRootMethodOfAClusterWideContract() {
    JavaFileObject root =
        root(
            """
            class HitsRoot extends Hits_RootBase implements java.io.Serializable {
              public final long total() { return 0; }
            }
            """);
    assertSingleError(
        compile(
            hits("@ClusterWide", "  @OnRoot\n  long total();"),
            rep("@Rep(root = HitsRoot.class)", ""),
            root),
        "[k42j:cluster-root-final] test.HitsRoot.total() is final",
        root,
        "public final long total()");
  }

  @Test
  void rootOfAClusterWideContractThatIsNotSerializable() {
    JavaFileObject root =
        root(
            """
            class HitsRoot extends Hits_RootBase {
              public long total() { return 0; }
            }
            """);
    assertSingleError(
        compile(
            hits("@ClusterWide", "  @OnRoot\n  long total();"),
            rep("@Rep(root = HitsRoot.class)", ""),
            root),
        "[k42j:cluster-root-serializable] test.HitsRoot is the root of test.Hits, whose @OnRoot"
            + " state lives in the cluster, but it does not implement java.io.Serializable",
        root,
        "class HitsRoot");
  }

  @Test
  void onRootMethodReturningTheRoot() {
    JavaFileObject contract = hits("@ClusterWide", "  @OnRoot\n  Object self();");
    JavaFileObject root =
        root(
            """
            class HitsRoot extends Hits_RootBase implements java.io.Serializable {
              public Object self() { return this; }
            }
            """);
    assertSingleError(
        compile(contract, rep("@Rep(root = HitsRoot.class)", ""), root),
        "[k42j:cluster-root-result] test.Hits.self returns the root itself",
        contract,
        "public interface Hits");
  }
}

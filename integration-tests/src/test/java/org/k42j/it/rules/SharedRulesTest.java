package org.k42j.it.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.k42j.it.rules.FaultyDeclaration.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.model.Rule;
import org.k42j.runtime.clustering.Clustering;
import org.k42j.runtime.clustering.Declaration;

/**
 * Both front ends give the same faulty declaration the same code: each case is written once as
 * annotated sources, compiled with the annotation processor, and once as the run-time declaration
 * of the very same classes (compiled without it), and both must name the same rule of the shared
 * catalogue, the processor with exactly one error.
 */
class SharedRulesTest {
  private static final String COUNTER =
      source(
          """
          @ClusteredObject
          public interface Counter {
            void add(long amount);

            long count();
          }
          """);

  private static final String COUNTER_REP =
      source(
          """
          @Rep
          public final class CounterRep implements Counter {
            private long count;

            public void add(long amount) { count += amount; }

            public long count() { return count; }
          }
          """);

  /**
   * A contract {@code Stats} with {@code methods}, and a rep implementing them with {@code bodies}.
   */
  private static Map<String, String> stats(String methods, String bodies) {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put(
        "Stats", source("@ClusteredObject\npublic interface Stats {\n" + methods + "\n}\n"));
    sources.put(
        "StatsRep", source("@Rep\npublic class StatsRep implements Stats {\n" + bodies + "\n}\n"));
    return sources;
  }

  private static Map<String, String> counter(String rep) {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("Counter", COUNTER);
    sources.put("CounterRep", rep);
    return sources;
  }

  private static FaultyDeclaration faulty(
      String name,
      Map<String, String> sources,
      Function<Function<String, Class<?>>, Declaration<?, ?>> declare) {
    return new FaultyDeclaration(name, sources, declare);
  }

  private static Declaration<?, ?> of(Function<String, Class<?>> type, String contract) {
    return Clustering.of(type.apply(contract));
  }

  static Stream<Object[]> cases() {
    return Stream.of(
        new Object[] {
          Rule.CONTRACT_NOT_INTERFACE,
          faulty(
              "a class as the contract",
              Map.of(
                  "Counter",
                  source("@ClusteredObject\npublic abstract class Counter {}\n"),
                  "CounterRep",
                  source("@Rep\npublic final class CounterRep extends Counter {}\n")),
              type -> of(type, "Counter").repClass(type.apply("CounterRep")))
        },
        new Object[] {
          Rule.CONTRACT_SEALED,
          faulty(
              "a sealed contract",
              Map.of(
                  "Counter",
                  source(
                      """
                      @ClusteredObject
                      public sealed interface Counter permits CounterRep {
                        long count();
                      }
                      """),
                  "CounterRep",
                  source(
                      """
                      @Rep
                      public final class CounterRep implements Counter {
                        public long count() { return 0; }
                      }
                      """)),
              type -> of(type, "Counter").repClass(type.apply("CounterRep")))
        },
        new Object[] {
          Rule.CONTRACT_SERIALIZABLE,
          faulty(
              "a serializable contract without state transfer",
              stats("long count();", "public long count() { return 0; }").entrySet().stream()
                  .collect(
                      java.util.stream.Collectors.toMap(
                          Map.Entry::getKey,
                          e ->
                              e.getValue()
                                  .replace(
                                      "public interface Stats {",
                                      "public interface Stats extends java.io.Serializable {"))),
              type -> of(type, "Stats").repClass(type.apply("StatsRep")))
        },
        new Object[] {
          Rule.MISSING_REP,
          faulty("a contract without reps", Map.of("Counter", COUNTER), type -> of(type, "Counter"))
        },
        new Object[] {
          Rule.DUPLICATE_REP,
          faulty(
              "two reps",
              Map.of(
                  "Counter",
                  COUNTER,
                  "CounterRep",
                  COUNTER_REP,
                  "OtherRep",
                  COUNTER_REP.replace("CounterRep", "OtherRep")),
              type ->
                  of(type, "Counter")
                      .repClass(type.apply("CounterRep"))
                      .repClass(type.apply("OtherRep")))
        },
        new Object[] {
          Rule.CLUSTER_SIZE_REQUIRED,
          faulty(
              "a per-cluster policy without a size",
              counter(COUNTER_REP.replace("@Rep", "@Rep(policy = Policy.PER_CLUSTER)")),
              type ->
                  of(type, "Counter").repClass(type.apply("CounterRep")).policy(Policy.PER_CLUSTER))
        },
        new Object[] {
          Rule.CLUSTER_SIZE_WITHOUT_PER_CLUSTER,
          faulty(
              "a cluster size under another policy",
              counter(COUNTER_REP.replace("@Rep", "@Rep(clusterSize = 4)")),
              type -> of(type, "Counter").repClass(type.apply("CounterRep")).clusterSize(4))
        },
        new Object[] {
          Rule.REP_NOT_CLASS,
          faulty(
              "an enum as the rep",
              counter(
                  source(
                      """
                      @Rep
                      public enum CounterRep implements Counter {
                        ONE;

                        public void add(long amount) {}

                        public long count() { return 0; }
                      }
                      """)),
              type -> of(type, "Counter").repClass(type.apply("CounterRep")))
        },
        new Object[] {
          Rule.REP_NOT_CLASS,
          faulty(
              "a record as the rep",
              counter(
                  source(
                      """
                      @Rep
                      public record CounterRep() implements Counter {
                        public void add(long amount) {}

                        public long count() { return 0; }
                      }
                      """)),
              type -> of(type, "Counter").repClass(type.apply("CounterRep")))
        },
        new Object[] {
          Rule.REP_ABSTRACT,
          faulty(
              "an abstract rep",
              counter(COUNTER_REP.replace("public final class", "public abstract class")),
              type -> of(type, "Counter").repClass(type.apply("CounterRep")))
        },
        new Object[] {
          Rule.REP_OBJECT_METHOD,
          faulty(
              "a gathered hashCode the rep leaves to Object",
              stats(
                  "long count();\n@Gather(reduce = Reduce.SUM)\nint hashCode();",
                  "public long count() { return 0; }"),
              type ->
                  of(type, "Stats").repClass(type.apply("StatsRep")).gather("hashCode", Reduce.SUM))
        },
        new Object[] {
          Rule.GATHER_VOID,
          faulty(
              "a void gather",
              stats("@Gather(reduce = Reduce.SUM)\nvoid reset();", "public void reset() {}"),
              type ->
                  of(type, "Stats").repClass(type.apply("StatsRep")).gather("reset", Reduce.SUM))
        },
        new Object[] {
          Rule.GATHER_NO_REDUCTION,
          faulty(
              "a gather naming no reduction",
              stats("@Gather\nlong total();", "public long total() { return 0; }"),
              type ->
                  of(type, "Stats").repClass(type.apply("StatsRep")).gather("total", Reduce.NONE))
        },
        new Object[] {
          Rule.GATHER_REDUCE_TYPE,
          faulty(
              "a sum of strings",
              stats(
                  "@Gather(reduce = Reduce.SUM)\nString names();",
                  "public String names() { return \"\"; }"),
              type ->
                  of(type, "Stats").repClass(type.apply("StatsRep")).gather("names", Reduce.SUM))
        },
        new Object[] {
          Rule.GATHER_REDUCE_TYPE,
          faulty(
              "ANY of longs",
              stats(
                  "@Gather(reduce = Reduce.ANY)\nLong busy();",
                  "public Long busy() { return 0L; }"),
              type -> of(type, "Stats").repClass(type.apply("StatsRep")).gather("busy", Reduce.ANY))
        },
        new Object[] {
          Rule.BROADCAST_NON_VOID,
          faulty(
              "a broadcast returning a value",
              stats("@Broadcast\nlong clear();", "public long clear() { return 0; }"),
              type -> of(type, "Stats").repClass(type.apply("StatsRep")).broadcast("clear"))
        },
        new Object[] {
          Rule.ROUTING_CONFLICT,
          faulty(
              "a method routed two ways",
              stats(
                  "@Gather(reduce = Reduce.SUM)\n@Broadcast\nlong clear();",
                  "public long clear() { return 0; }"),
              type ->
                  of(type, "Stats")
                      .repClass(type.apply("StatsRep"))
                      .gather("clear", Reduce.SUM)
                      .broadcast("clear"))
        },
        new Object[] {
          Rule.MARKER_UNROUTED_METHOD,
          faulty(
              "a static method routed",
              stats(
                  "long count();\n@Broadcast\nstatic void none() {}",
                  "public long count() { return 0; }"),
              type -> of(type, "Stats").repClass(type.apply("StatsRep")).broadcast("none"))
        },
        new Object[] {
          Rule.ON_ROOT_WITHOUT_ROOT,
          faulty(
              "an on-root method without a root",
              stats("@OnRoot\nlong shared();", "public long shared() { return 0; }"),
              type -> of(type, "Stats").repClass(type.apply("StatsRep")).onRoot("shared"))
        });
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cases")
  void bothPathsNameTheSameRule(Rule rule, FaultyDeclaration declaration) {
    assertEquals(List.of(rule.code()), declaration.processorCodes(), "the processor");
    assertEquals(rule.code(), declaration.runtimeCode(), "the run-time path");
  }

  /** The cases cover every rule both paths check with the shared code, and more. */
  @Test
  void everySharedCheckIsExercised() {
    TreeSet<String> covered = new TreeSet<>();
    cases().forEach(arguments -> covered.add(((Rule) arguments[0]).code()));
    for (String code :
        List.of(
            "contract-not-interface",
            "cluster-size-required",
            "cluster-size-without-per-cluster",
            "gather-void",
            "gather-no-reduction",
            "gather-reduce-type",
            "broadcast-non-void",
            "rep-not-class",
            "rep-abstract",
            "rep-object-method")) {
      assertEquals(true, covered.contains(code), code);
    }
  }
}

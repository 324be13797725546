package org.k42j.processor.diagnostics;

import static org.k42j.processor.diagnostics.Fixtures.assertSingleError;
import static org.k42j.processor.diagnostics.Fixtures.compile;
import static org.k42j.processor.diagnostics.Fixtures.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Gather} and {@code @Broadcast} that do not fit their method. */
class GatherDiagnosticsTest {
  /** {@code test.Stats} with one method, preceded by its annotation lines. */
  private static JavaFileObject stats(String method) {
    return source(
        "test.Stats",
        """
        package test;

        import org.k42j.annotations.*;

        @ClusteredObject
        public interface Stats {
          void record(long sample);
        %s
        }
        """
            .formatted(method));
  }

  /** A rep of {@code Stats} implementing {@code method} (a full declaration with body). */
  private static JavaFileObject statsRep(String method) {
    return source(
        "test.StatsRep",
        """
        package test;

        import org.k42j.annotations.*;

        @Rep
        final class StatsRep implements Stats {
          public void record(long sample) {}

          public %s
        }
        """
            .formatted(method));
  }

  private static JavaFileObject combiner(String name, String declaration) {
    return source(
        "test." + name,
        """
        package test;

        import org.k42j.annotations.*;

        %s
        """
            .formatted(declaration));
  }

  private static JavaFileObject sumLongs() {
    return combiner(
        "SumLongs",
        """
        public final class SumLongs implements Combiner<Long> {
          public Long identity() { return 0L; }

          public Long combine(Long a, Long b) { return a + b; }
        }
        """);
  }

  @Test
  void gatherWithNeitherReductionNorCombinerIsReportedOnTheAnnotation() {
    JavaFileObject stats =
        stats(
            """
              @Gather
              long total();
            """);

    assertSingleError(
        compile(stats, statsRep("long total() { return 0; }")),
        "[k42j:gather-no-reduction] @Gather on Stats.total() names neither a reduction nor a"
            + " combiner; add reduce = Reduce.SUM (or MIN, MAX, ALL, ANY) or combiner ="
            + " YourCombiner.class",
        stats,
        "@Gather",
        "test.Stats");
  }

  @Test
  void gatherWithReductionAndCombinerIsReportedOnTheAnnotation() {
    JavaFileObject stats =
        stats(
            """
              @Gather(reduce = Reduce.SUM, combiner = SumLongs.class)
              long total();
            """);

    assertSingleError(
        compile(stats, statsRep("long total() { return 0; }"), sumLongs()),
        "[k42j:gather-reduce-and-combiner] @Gather on Stats.total() names both reduce = Reduce.SUM"
            + " and combiner = SumLongs.class; keep exactly one of them",
        stats,
        "@Gather(reduce = Reduce.SUM, combiner = SumLongs.class)",
        "test.Stats");
  }

  @Test
  void sumOfStringsIsReportedOnTheReduceAttribute() {
    JavaFileObject stats =
        stats(
            """
              @Gather(
                  reduce = Reduce.SUM)
              String names();
            """);

    assertSingleError(
        compile(stats, statsRep("String names() { return \"\"; }")),
        "[k42j:gather-reduce-type] Reduce.SUM cannot fold Stats.names(), which returns String;"
            + " Reduce.SUM needs int, long, float or double (or their boxes): change the return"
            + " type or use a combiner",
        stats,
        "reduce = Reduce.SUM",
        "test.Stats");
  }

  @Test
  void allOfIntsIsReportedOnTheReduceAttribute() {
    JavaFileObject stats =
        stats(
            """
              @Gather(
                  reduce = Reduce.ALL)
              int count();
            """);

    assertSingleError(
        compile(stats, statsRep("int count() { return 0; }")),
        "[k42j:gather-reduce-type] Reduce.ALL cannot fold Stats.count(), which returns int;"
            + " Reduce.ALL needs boolean (or Boolean): change the return type or use a combiner",
        stats,
        "reduce = Reduce.ALL",
        "test.Stats");
  }

  @Test
  void combinerOfAnotherTypeIsReportedOnTheCombinerAttribute() {
    JavaFileObject stats =
        stats(
            """
              @Gather(
                  combiner = SumLongs.class)
              int total();
            """);

    assertSingleError(
        compile(stats, statsRep("int total() { return 0; }"), sumLongs()),
        "[k42j:gather-combiner-type] SumLongs is a Combiner<Long>, but Stats.total() returns int;"
            + " use a combiner implementing Combiner<Integer>",
        stats,
        "combiner = SumLongs.class",
        "test.Stats");
  }

  @Test
  void rawCombinerIsReportedOnTheCombinerAttribute() {
    JavaFileObject raw =
        combiner(
            "RawSum",
            """
            @SuppressWarnings("rawtypes")
            public final class RawSum implements Combiner {
              public Object identity() { return 0L; }

              public Object combine(Object a, Object b) { return a; }
            }
            """);
    JavaFileObject stats =
        stats(
            """
              @Gather(
                  combiner = RawSum.class)
              Long total();
            """);

    assertSingleError(
        compile(stats, statsRep("Long total() { return 0L; }"), raw),
        "[k42j:gather-combiner-type] RawSum is a raw Combiner, but Stats.total() returns Long;"
            + " use a combiner implementing Combiner<Long>",
        stats,
        "combiner = RawSum.class",
        "test.Stats");
  }

  @Test
  void abstractCombinerIsReportedOnTheCombinerAttribute() {
    JavaFileObject abstractSum =
        combiner(
            "AbstractSum",
            """
            public abstract class AbstractSum implements Combiner<Long> {
              public Long identity() { return 0L; }
            }
            """);
    JavaFileObject stats =
        stats(
            """
              @Gather(
                  combiner = AbstractSum.class)
              long total();
            """);

    assertSingleError(
        compile(stats, statsRep("long total() { return 0; }"), abstractSum),
        "[k42j:gather-combiner-unusable] the generated dispatcher cannot create AbstractSum, the"
            + " combiner of Stats.total(): it is abstract; make it concrete, or name a concrete"
            + " subclass",
        stats,
        "combiner = AbstractSum.class",
        "test.Stats");
  }

  @Test
  void combinerWithoutNoArgumentConstructorIsReportedOnTheCombinerAttribute() {
    JavaFileObject sumFrom =
        combiner(
            "SumFrom",
            """
            public final class SumFrom implements Combiner<Long> {
              private final long start;

              public SumFrom(long start) { this.start = start; }

              public Long identity() { return start; }

              public Long combine(Long a, Long b) { return a + b; }
            }
            """);
    JavaFileObject stats =
        stats(
            """
              @Gather(
                  combiner = SumFrom.class)
              long total();
            """);

    assertSingleError(
        compile(stats, statsRep("long total() { return 0; }"), sumFrom),
        "[k42j:gather-combiner-unusable] the generated dispatcher cannot create SumFrom, the"
            + " combiner of Stats.total(): it has no public no-argument constructor that throws no"
            + " checked exception; add `public SumFrom() {}`",
        stats,
        "combiner = SumFrom.class",
        "test.Stats");
  }

  @Test
  void combinerFromAnotherPackageWithPackagePrivateConstructorIsReported() {
    JavaFileObject merge =
        source(
            "other.Merge",
            """
            package other;

            import org.k42j.annotations.*;

            public final class Merge implements Combiner<Long> {
              Merge() {}

              public Long identity() { return 0L; }

              public Long combine(Long a, Long b) { return a + b; }
            }
            """);
    JavaFileObject stats =
        stats(
            """
              @Gather(
                  combiner = other.Merge.class)
              long total();
            """);

    assertSingleError(
        compile(stats, statsRep("long total() { return 0; }"), merge),
        "[k42j:gather-combiner-unusable] the generated dispatcher cannot create Merge, the combiner"
            + " of Stats.total(): it has no public no-argument constructor",
        stats,
        "combiner = other.Merge.class",
        "test.Stats");
  }

  @Test
  void gatherOnVoidMethodIsReportedOnTheMethod() {
    JavaFileObject stats =
        stats(
            """
              @Gather(reduce = Reduce.SUM)
              void flush();
            """);

    assertSingleError(
        compile(stats, statsRep("void flush() {}")),
        "[k42j:gather-void] Stats.flush() is @Gather but returns void, so there is nothing to"
            + " combine; return the value to combine, or use @Broadcast to run it on every rep",
        stats,
        "void flush();",
        "test.Stats");
  }

  @Test
  void broadcastOnNonVoidMethodIsReportedOnTheMethod() {
    JavaFileObject stats =
        stats(
            """
              @Broadcast
              long reset();
            """);

    assertSingleError(
        compile(stats, statsRep("long reset() { return 0; }")),
        "[k42j:broadcast-non-void] Stats.reset() is @Broadcast but returns long, which a broadcast"
            + " would discard; make it return void, or use @Gather to combine the reps' results",
        stats,
        "long reset();",
        "test.Stats");
  }
}

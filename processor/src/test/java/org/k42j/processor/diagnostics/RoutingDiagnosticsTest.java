package org.k42j.processor.diagnostics;

import static org.k42j.processor.diagnostics.Fixtures.assertSingleError;
import static org.k42j.processor.diagnostics.Fixtures.compile;
import static org.k42j.processor.diagnostics.Fixtures.source;

import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Routing markers in the wrong place or combined, and contract methods the generated classes cannot
 * implement.
 */
class RoutingDiagnosticsTest {
  /** {@code test.Stats}: {@code void record(long)} plus {@code lines}. */
  private static JavaFileObject stats(String methods) {
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
            .formatted(methods));
  }

  private static JavaFileObject statsRep(String members) {
    return source(
        "test.StatsRep",
        """
        package test;

        import org.k42j.annotations.*;

        @Rep(concurrency = Concurrency.EXCLUSIVE)
        final class StatsRep implements Stats {
          public void record(long sample) {}
        %s
        }
        """
            .formatted(members));
  }

  @Test
  void gatherAndBroadcastOnOneMethodAreReported() {
    JavaFileObject stats =
        stats(
            """
              @Gather(reduce = Reduce.SUM)
              @Broadcast
              long drain();
            """);

    assertSingleError(
        compile(stats, statsRep("  public long drain() { return 0; }")),
        "[k42j:routing-conflict] Stats.drain() is marked both @Gather and @Broadcast, but a method"
            + " is routed exactly one way; keep one of them",
        stats,
        "long drain();",
        "test.Stats");
  }

  @Test
  void broadcastAndOnRootOnOneMethodAreReported() {
    JavaFileObject stats =
        stats(
            """
              @OnRoot
              @Broadcast
              void clear();
            """);

    assertSingleError(
        compile(stats, statsRep("  public void clear() {}")),
        "[k42j:routing-conflict] Stats.clear() is marked both @Broadcast and @OnRoot,",
        stats,
        "void clear();",
        "test.Stats");
  }

  /** {@code test.Meter}, declared by {@code contractLines}, after the interfaces {@code lines}. */
  private static JavaFileObject meter(String interfaces, String contract) {
    return source(
        "test.Meter",
        """
        package test;

        import org.k42j.annotations.*;

        %s

        @ClusteredObject
        %s
        """
            .formatted(interfaces, contract));
  }

  private static JavaFileObject meterRep() {
    return source(
        "test.MeterRep",
        """
        package test;

        import org.k42j.annotations.*;

        @Rep
        final class MeterRep implements Meter {
          public int n() { return 1; }

          public void reset() {}
        }
        """);
  }

  private static final String SUMMED_AND_PLAIN =
      """
      interface Summed {
        @Gather(reduce = Reduce.SUM)
        int n();
      }

      interface Plain {
        @Broadcast
        void reset();

        int n();
      }
      """;

  @Test
  void inheritedDeclarationsRoutedDifferentlyAreReportedWhicheverIsExtendedFirst() {
    for (String order : List.of("Plain, Summed", "Summed, Plain")) {
      JavaFileObject meter =
          meter(SUMMED_AND_PLAIN, "public interface Meter extends " + order + " {}");

      assertSingleError(
          compile(meter, meterRep()),
          "[k42j:routing-conflict] Meter.n() is marked both @Gather(reduce = Reduce.SUM) on"
              + " Summed.n() and not at all on Plain.n(), but a method is routed exactly one way;"
              + " redeclare n() in Meter with the routing it should have",
          meter,
          "public interface Meter",
          "test.Meter");
    }
  }

  @Test
  void inheritedDeclarationsWithDifferentReductionsAreReported() {
    String interfaces =
        """
        interface Summed {
          @Gather(reduce = Reduce.SUM)
          int n();
        }

        interface Highest {
          @Broadcast
          void reset();

          @Gather(reduce = Reduce.MAX)
          int n();
        }
        """;
    JavaFileObject meter = meter(interfaces, "public interface Meter extends Summed, Highest {}");

    assertSingleError(
        compile(meter, meterRep()),
        "[k42j:routing-conflict] Meter.n() is marked both @Gather(reduce = Reduce.SUM) on"
            + " Summed.n() and @Gather(reduce = Reduce.MAX) on Highest.n(),",
        meter,
        "public interface Meter",
        "test.Meter");
  }

  @Test
  void aRedeclarationDecidesTheRoutingOfTheDeclarationsItOverrides() throws IOException {
    // The contract redeclares n()...
    JavaFileObject redeclared =
        meter(
            SUMMED_AND_PLAIN,
            """
            public interface Meter extends Plain, Summed {
              @Override
              int n();
            }
            """);
    // ...or a superinterface does, overriding the @Gather one.
    String overriding =
        """
        interface Summed {
          @Gather(reduce = Reduce.SUM)
          int n();
        }

        interface Plain extends Summed {
          @Broadcast
          void reset();

          @Override
          int n();
        }
        """;
    JavaFileObject inherited = meter(overriding, "public interface Meter extends Plain {}");

    for (JavaFileObject meter : List.of(redeclared, inherited)) {
      Fixtures.Result result = compile(meter, meterRep());

      com.google.testing.compile.CompilationSubject.assertThat(result.compilation())
          .succeededWithoutWarnings();
      com.google.common.truth.Truth.assertThat(
              result
                  .compilation()
                  .generatedSourceFile("test.Meter_Dispatcher")
                  .orElseThrow()
                  .getCharContent(true)
                  .toString())
          .contains("return rep().n();");
    }
  }

  @Test
  void markerOnMethodOfPlainClassIsReported() {
    JavaFileObject helper =
        source(
            "test.Helper",
            """
            package test;

            import org.k42j.annotations.*;

            final class Helper {
              @Broadcast
              void reset() {}
            }
            """);

    assertSingleError(
        compile(helper),
        "[k42j:marker-outside-contract] Helper.reset() is marked @Broadcast, but only methods of a"
            + " @ClusteredObject interface are routed; move the annotation to the contract's"
            + " method, or remove it",
        helper,
        "@Broadcast");
  }

  @Test
  void markerOnInterfaceNoContractExtendsIsReportedInTheLastRound() {
    JavaFileObject resettable =
        source(
            "test.Resettable",
            """
            package test;

            import org.k42j.annotations.*;

            interface Resettable {
              @Gather(reduce = Reduce.ANY)
              boolean reset();
            }
            """);

    assertSingleError(
        compile(resettable),
        "[k42j:marker-outside-contract] Resettable.reset() is marked @Gather,",
        resettable,
        "@Gather(reduce = Reduce.ANY)");
  }

  @Test
  void markerOnStaticContractMethodIsReported() {
    JavaFileObject stats =
        stats(
            """
              @Broadcast
              static void resetAll() {}
            """);

    assertSingleError(
        compile(stats, statsRep("")),
        "[k42j:marker-unrouted-method] Stats.resetAll() is marked @Broadcast, but it is static, and"
            + " such methods are not routed; remove the annotation or make it an abstract or"
            + " default method of the contract",
        stats,
        "@Broadcast",
        "test.Stats");
  }

  @Test
  void markedRedeclaredObjectMethodsAreRoutedNotRefused() throws IOException {
    JavaFileObject stats =
        stats(
            """
              @Gather(combiner = Joiner.class)
              @Override
              String toString();

              @Gather(reduce = Reduce.SUM)
              @Override
              int hashCode();
            """);
    JavaFileObject joiner =
        source(
            "test.Joiner",
            """
            package test;

            public final class Joiner implements org.k42j.annotations.Combiner<String> {
              public String identity() { return ""; }

              public String combine(String a, String b) { return a + b; }
            }
            """);

    Fixtures.Result result =
        compile(
            stats,
            statsRep(
                """
                  @Override
                  public String toString() { return "s"; }

                  @Override
                  public int hashCode() { return 1; }
                """),
            joiner);

    com.google.testing.compile.CompilationSubject.assertThat(result.compilation())
        .succeededWithoutWarnings();
    String dispatcher =
        result
            .compilation()
            .generatedSourceFile("test.Stats_Dispatcher")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    com.google.common.truth.Truth.assertThat(dispatcher).contains("public String toString()");
    com.google.common.truth.Truth.assertThat(dispatcher).contains("public int hashCode()");
  }

  @Test
  void gatheredObjectMethodTheRepLeavesToObjectIsReportedOnTheRep() {
    JavaFileObject stats =
        stats(
            """
              @Gather(reduce = Reduce.SUM)
              @Override
              int hashCode();
            """);
    JavaFileObject rep = statsRep("");

    assertSingleError(
        compile(stats, rep),
        "[k42j:rep-object-method] Stats.hashCode() is routed to the reps, but StatsRep inherits"
            + " Object's hashCode(), which answers for the rep's identity, not its state",
        rep,
        "final class StatsRep",
        "test.Stats");
  }

  @Test
  void markerOnAPrivateContractMethodStillAdvisesAnAbstractOrDefaultMethod() {
    JavaFileObject stats =
        stats(
            """
              @Broadcast
              private void resetQuietly() {}

              void noop();
            """);

    assertSingleError(
        compile(stats, statsRep("  public void noop() {}")),
        "[k42j:marker-unrouted-method] Stats.resetQuietly() is marked @Broadcast, but it is"
            + " private, and such methods are not routed; remove the annotation or make it an"
            + " abstract or default method of the contract",
        stats,
        "@Broadcast",
        "test.Stats");
  }

  @Test
  void contractMethodInstallRowClashesWithTheDispatcher() {
    JavaFileObject stats = stats("  void installRow(Object[] row);");

    assertSingleError(
        compile(stats, statsRep("  public void installRow(Object[] row) {}")),
        "[k42j:reserved-method] Stats.installRow(Object[]) clashes with installRow(Object[]),"
            + " which the generated Stats_Dispatcher declares; rename the contract method",
        stats,
        "void installRow(Object[] row);",
        "test.Stats");
  }

  @Test
  void contractMethodRootOfClashesWithTheDispatcher() {
    JavaFileObject stats = stats("  Object rootOf(Object handle);");

    assertSingleError(
        compile(stats, statsRep("  public Object rootOf(Object handle) { return null; }")),
        "[k42j:reserved-method] Stats.rootOf(Object) clashes with static rootOf(Object), which the"
            + " generated Stats_Dispatcher declares;",
        stats,
        "Object rootOf(Object handle);",
        "test.Stats");
  }

  @Test
  void contractMethodLockClashesWithTheGuardOfAnExclusiveRep() {
    JavaFileObject stats = stats("  void lock();");

    assertSingleError(
        compile(stats, statsRep("  public void lock() {}")),
        "[k42j:reserved-method] Stats.lock() clashes with final lock(), which the generated"
            + " Stats_Guard (the guard of an exclusive rep) declares; rename the contract method",
        stats,
        "void lock();",
        "test.Stats");
  }

  @Test
  void contractMethodRootClashesWithTheRepBaseTheRepExtends() {
    JavaFileObject stats = stats("  long root();");
    JavaFileObject rep =
        source(
            "test.StatsRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep(concurrency = Concurrency.THREAD_SAFE)
            final class StatsRep implements Stats {
              public void record(long sample) {}

              public long root() { return 0; }
            }
            """);
    JavaFileObject repOnBase =
        source(
            "test.StatsRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep(concurrency = Concurrency.THREAD_SAFE)
            final class StatsRep extends Stats_RepBase implements Stats {
              public void record(long sample) {}

              public long root() { return 0; }
            }
            """);

    // A rep that does not extend the rep base may have a root() of its own...
    Fixtures.Result fine = compile(stats, rep);
    com.google.testing.compile.CompilationSubject.assertThat(fine.compilation())
        .succeededWithoutWarnings();
    // ...one that extends it cannot: its root() is final.
    Fixtures.assertSingleError(
        compile(stats, repOnBase),
        "[k42j:reserved-method] Stats.root() clashes with final root(), which the generated"
            + " Stats_RepBase (which StatsRep extends) declares; rename the contract method",
        stats,
        "long root();",
        "test.Stats");
  }

  /** {@code test.StatsRep} extending the rep base, with {@code cleanup} as the last member. */
  private static JavaFileObject statsRepOnBase(String cleanup) {
    return source(
        "test.StatsRep",
        """
        package test;

        import org.k42j.annotations.*;

        @Rep
        final class StatsRep extends Stats_RepBase implements Stats {
          public void record(long sample) {}

        %s
        }
        """
            .formatted(cleanup));
  }

  @Test
  void contractMethodCleanupReturningAValueClashesWithTheDestroyHookOfTheRepBase() {
    JavaFileObject stats = stats("  int cleanup();");

    // Without the check, javac's only complaint would be that the rep's cleanup() cannot
    // override the void hook.
    Fixtures.assertSingleError(
        compile(stats, statsRepOnBase("  public int cleanup() { return 0; }")),
        "[k42j:reserved-method] Stats.cleanup() clashes with the hook cleanup(), called on every"
            + " rep when the object is destroyed, which the generated Stats_RepBase (which"
            + " StatsRep extends) declares; rename the contract method",
        stats,
        "int cleanup();",
        "test.Stats");
  }

  @Test
  void broadcastCleanupClashesWithTheDestroyHookItWouldSilentlyOverride() {
    JavaFileObject stats =
        stats(
            """
              @Broadcast
              void cleanup();
            """);
    JavaFileObject rep = statsRep("  public void cleanup() {}");

    // A rep that does not extend the rep base has no hook to override...
    Fixtures.Result fine = compile(stats, rep);
    com.google.testing.compile.CompilationSubject.assertThat(fine.compilation())
        .succeededWithoutWarnings();
    // ...one that does would override it, and destroying the object would call it.
    Fixtures.assertSingleError(
        compile(stats, statsRepOnBase("  public void cleanup() {}")),
        "[k42j:reserved-method] Stats.cleanup() clashes with the hook cleanup(), called on every"
            + " rep when the object is destroyed,",
        stats,
        "void cleanup();",
        "test.Stats");
  }

  @Test
  void contractMethodNamedRepIsNotReserved() {
    JavaFileObject stats = stats("  long rep();");

    Fixtures.Result result = compile(stats, statsRep("  public long rep() { return 1; }"));

    com.google.testing.compile.CompilationSubject.assertThat(result.compilation())
        .succeededWithoutWarnings();
    Fixtures.assertGenerated(result, "test.Stats");
  }

  @Test
  void dispatcherAccessorAvoidsEveryNoArgumentContractMethodName() throws java.io.IOException {
    JavaFileObject stats =
        stats(
            """
              long rep();
              long callerRep();
              long callerRep_();
            """);

    Fixtures.Result result =
        compile(
            stats,
            statsRep(
                """
                  public long rep() { return 1; }
                  public long callerRep() { return 2; }
                  public long callerRep_() { return 3; }
                """));

    com.google.testing.compile.CompilationSubject.assertThat(result.compilation())
        .succeededWithoutWarnings();
    String dispatcher =
        result
            .compilation()
            .generatedSourceFile("test.Stats_Dispatcher")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    com.google.common.truth.Truth.assertThat(dispatcher).contains("private Stats callerRep__() {");
    com.google.common.truth.Truth.assertThat(dispatcher)
        .contains("return callerRep__().callerRep();");
    com.google.common.truth.Truth.assertThat(dispatcher)
        .contains("return callerRep__().callerRep_();");
  }
}

package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.k42j.processor.diagnostics.Fixtures.assertSingleError;
import static org.k42j.processor.diagnostics.Fixtures.compile;
import static org.k42j.processor.diagnostics.Fixtures.counter;
import static org.k42j.processor.diagnostics.Fixtures.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A {@code @RepVersion} class (another rep class a live object can be hot swapped to) is checked at
 * compile time against the {@code @Rep} class it names: that class is a rep, the version implements
 * its contract, and both declare a state transfer of the same state type, so either's state moves
 * into the other. A faulty version gets one error and no generated {@code _Version}; its contract
 * is generated all the same.
 */
class RepVersionDiagnosticsTest {
  private static final String TRANSFER =
      """
        @ExportState long exportCount() { return count; }
        @ImportState void importCounts(List<Long> exported) {
          for (long c : exported) { count += c; }
        }
      """;

  private static JavaFileObject rep(String transfer) {
    return klass("CounterRep", "@Rep", "Counter", transfer);
  }

  private static JavaFileObject klass(
      String name, String annotations, String implemented, String members) {
    return source(
        "test." + name,
        """
        package test;

        import java.util.List;
        import org.k42j.annotations.*;

        %s
        final class %s%s {
          private long count;

          public void increment() { count++; }

          public long value() { return count; }
        %s
        }
        """
            .formatted(
                annotations,
                name,
                implemented.isEmpty() ? "" : " implements " + implemented,
                members));
  }

  private static JavaFileObject version(String annotations, String implemented, String members) {
    return klass("CounterRepV2", annotations, implemented, members);
  }

  private static void assertNoVersionGenerated(Fixtures.Result result) {
    for (String file : result.created()) {
      assertThat(file).doesNotContain("_Version");
    }
  }

  @Test
  void aVersionWithTheSameStateTypeCompilesWithoutWarningsAndGetsItsVersionClass() {
    Fixtures.Result result =
        compile(
            counter(),
            rep(TRANSFER),
            version("@RepVersion(of = CounterRep.class)", "Counter", TRANSFER));
    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.created()).contains("test.CounterRepV2_Version");
  }

  @Test
  void aVersionOfAClassThatIsNoRepIsReportedOnItsOfAttribute() {
    JavaFileObject plain = klass("Plain", "", "", "");
    JavaFileObject version = version("@RepVersion(of = Plain.class)", "Counter", TRANSFER);
    Fixtures.Result result = compile(counter(), rep(TRANSFER), plain, version);
    assertSingleError(
        result,
        "[k42j:rep-version-target] @RepVersion on CounterRepV2 names Plain, which is not a class"
            + " annotated @Rep; name the @Rep class of the contract CounterRepV2 is another version"
            + " of",
        version,
        "@RepVersion(of = Plain.class)");
    assertNoVersionGenerated(result);
  }

  @Test
  void aClassThatIsBothRepAndVersionIsReported() {
    JavaFileObject version =
        version("@RepVersion(of = CounterRep.class)\n@Rep", "Counter", TRANSFER);
    Fixtures.Result result = compile(counter(), rep(TRANSFER), version);
    assertThat(result.compilation())
        .hadErrorContaining(
            "[k42j:rep-version-and-rep] CounterRepV2 is annotated both @Rep and @RepVersion, but a"
                + " contract has one @Rep class and any number of versions of it; remove one of the"
                + " two annotations")
        .inFile(version);
    assertNoVersionGenerated(result);
  }

  @Test
  void aVersionThatDoesNotImplementTheContractIsReported() {
    JavaFileObject version = version("@RepVersion(of = CounterRep.class)", "", TRANSFER);
    Fixtures.Result result = compile(counter(), rep(TRANSFER), version);
    assertSingleError(
        result,
        "[k42j:rep-version-contract] CounterRepV2 is a @RepVersion of CounterRep, but does not"
            + " implement Counter, the contract CounterRep serves; implement Counter",
        version,
        "final class CounterRepV2");
    assertNoVersionGenerated(result);
  }

  @Test
  void aVersionExportingAnotherStateTypeIsReportedOnItsImport() {
    JavaFileObject version =
        version(
            "@RepVersion(of = CounterRep.class)",
            "Counter",
            """
              @ExportState Integer exportCount() { return (int) count; }
              @ImportState void importCounts(List<Integer> exported) {}
            """);
    Fixtures.Result result = compile(counter(), rep(TRANSFER), version);
    assertSingleError(
        result,
        "[k42j:rep-version-state] CounterRepV2 cannot be a version of CounterRep: CounterRepV2"
            + " exports java.lang.Integer but CounterRep exports java.lang.Long, but the state of"
            + " either must move into the other; declare in both an @ExportState method returning"
            + " java.lang.Long and an @ImportState method taking java.util.List<java.lang.Long>",
        version,
        "@ImportState void importCounts");
    assertNoVersionGenerated(result);
  }

  @Test
  void aVersionOfARepWithoutAStateTransferIsReportedOnTheVersion() {
    JavaFileObject version = version("@RepVersion(of = CounterRep.class)", "Counter", TRANSFER);
    Fixtures.Result result = compile(counter(), rep(""), version);
    assertSingleError(
        result,
        "[k42j:rep-version-state] CounterRepV2 cannot be a version of CounterRep: CounterRep"
            + " declares no state transfer",
        version,
        "@RepVersion(of = CounterRep.class)");
    assertNoVersionGenerated(result);
  }

  @Test
  void aVersionOverridingOtherDefaultMethodsThanTheRepIsReportedOnTheVersion() {
    JavaFileObject counter =
        source(
            "test.Counter",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Counter {
              void increment();

              @Gather(reduce = Reduce.SUM)
              long value();

              default boolean busy(long threshold) {
                return value() > threshold;
              }
            }
            """);
    String busy = "\n  public boolean busy(long threshold) { return count > threshold; }";
    JavaFileObject version = version("@RepVersion(of = CounterRep.class)", "Counter", TRANSFER);
    Fixtures.Result result = compile(counter, rep(TRANSFER + busy), version);
    assertSingleError(
        result,
        "[k42j:rep-version-default-methods] CounterRepV2 cannot be a version of CounterRep:"
            + " CounterRep overrides the contract's default method Counter.busy(long) but"
            + " CounterRepV2 does not, and whether the dispatcher leaves such a method to its body"
            + " or routes it to the rep is decided by the @Rep class alone; override it in both"
            + " classes, or in neither",
        version,
        "final class CounterRepV2");
    assertNoVersionGenerated(result);

    Fixtures.Result agreeing =
        compile(
            counter,
            rep(TRANSFER + busy),
            version("@RepVersion(of = CounterRep.class)", "Counter", TRANSFER + busy));
    assertThat(agreeing.compilation()).succeededWithoutWarnings();
    assertThat(agreeing.created()).contains("test.CounterRepV2_Version");
  }

  @Test
  void aVersionOfARepOfAGenericContractIsReported() {
    JavaFileObject box =
        source(
            "test.Box",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Box<T> {
              void put(T value);
            }
            """);
    String members =
        """
          public void put(T value) {}
          @ExportState Long exportCount() { return 0L; }
          @ImportState void importCounts(java.util.List<Long> exported) {}
        """;
    JavaFileObject boxRep =
        source(
            "test.BoxRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class BoxRep<T> implements Box<T> {
            %s
            }
            """
                .formatted(members));
    JavaFileObject version =
        source(
            "test.BoxRepV2",
            """
            package test;

            import org.k42j.annotations.*;

            @RepVersion(of = BoxRep.class)
            final class BoxRepV2<T> implements Box<T> {
            %s
            }
            """
                .formatted(members));
    Fixtures.Result result = compile(box, boxRep, version);
    assertSingleError(
        result,
        "[k42j:rep-version-generic] BoxRepV2 is a @RepVersion of a rep of the generic contract"
            + " Box, which k42j cannot hot swap to another rep class; remove @RepVersion, or make"
            + " the contract non-generic",
        version,
        "@RepVersion(of = BoxRep.class)");
    assertNoVersionGenerated(result);
  }
}

package org.k42j.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.k42j.processor.diagnostics.Fixtures.assertSingleError;
import static org.k42j.processor.diagnostics.Fixtures.compile;
import static org.k42j.processor.diagnostics.Fixtures.counter;
import static org.k42j.processor.diagnostics.Fixtures.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The state-transfer contract of hot swapping ({@code @ExportState}, {@code @ImportState}) is
 * checked at compile time: both or neither, one of each, with matching types and signatures the
 * generated root base can call. Anchored on the offending method's annotation.
 */
class StateTransferDiagnosticsTest {
  private static JavaFileObject repWith(String members) {
    return source(
        "test.CounterRep",
        """
        package test;

        import java.util.List;
        import org.k42j.annotations.*;

        @Rep
        final class CounterRep implements Counter {
          private long count;

          public void increment() { count++; }

          public long value() { return count; }
        %s
        }
        """
            .formatted(members));
  }

  @Test
  void aMatchingExportAndImportCompileWithoutWarnings() {
    JavaFileObject rep =
        repWith(
            """
              @ExportState long exportCount() { return count; }
              @ImportState void importCounts(List<Long> exported) {
                for (long c : exported) { count += c; }
              }
            """);
    assertThat(compile(counter(), rep).compilation()).succeededWithoutWarnings();
  }

  @Test
  void anExportWithoutAnImportIsReportedOnTheExport() {
    JavaFileObject rep = repWith("  @ExportState long exportCount() { return count; }");
    assertSingleError(
        compile(counter(), rep),
        "[k42j:state-transfer-unpaired] CounterRep declares the @ExportState method"
            + " CounterRep.exportCount() but no @ImportState method, and a hot swap needs both to"
            + " move a rep's state; add an @ImportState method `void"
            + " importState(java.util.List<Long> exported)`, or remove @ExportState",
        rep,
        "@ExportState long exportCount()",
        "test.Counter");
  }

  @Test
  void anImportWithoutAnExportIsReportedOnTheImport() {
    JavaFileObject rep = repWith("  @ImportState void importCounts(List<Long> exported) {}");
    assertSingleError(
        compile(counter(), rep),
        "[k42j:state-transfer-unpaired] CounterRep declares the @ImportState method"
            + " CounterRep.importCounts(List<Long>) but no @ExportState method",
        rep,
        "@ImportState void importCounts",
        "test.Counter");
  }

  @Test
  void aSecondExportIsReportedOnTheSecond() {
    JavaFileObject rep =
        repWith(
            """
              @ExportState long exportCount() { return count; }
              @ExportState long exportAgain() { return count; }
              @ImportState void importCounts(List<Long> exported) {}
            """);
    assertSingleError(
        compile(counter(), rep),
        "[k42j:state-transfer-duplicate] CounterRep declares two @ExportState methods,"
            + " CounterRep.exportCount() and CounterRep.exportAgain(), but a hot swap calls exactly"
            + " one; keep @ExportState on one of them",
        rep,
        "@ExportState long exportAgain()",
        "test.Counter");
  }

  @Test
  void aVoidExportIsReportedWithTheReason() {
    JavaFileObject rep =
        repWith(
            """
              @ExportState void exportCount() {}
              @ImportState void importCounts(List<Long> exported) {}
            """);
    assertSingleError(
        compile(counter(), rep),
        "[k42j:state-export-signature] CounterRep.exportCount() cannot be the @ExportState method"
            + " of CounterRep: it returns void; declare it as a non-static method taking no"
            + " parameters and returning the rep's state (`S name()`), callable from package test"
            + " and throwing no checked exception",
        rep,
        "@ExportState void exportCount()",
        "test.Counter");
  }

  @Test
  void aStaticOrPrivateExportIsReported() {
    JavaFileObject rep =
        repWith(
            """
              @ExportState private long exportCount() { return count; }
              @ImportState void importCounts(List<Long> exported) {}
            """);
    assertSingleError(
        compile(counter(), rep),
        "[k42j:state-export-signature] CounterRep.exportCount() cannot be the @ExportState method"
            + " of CounterRep: it is private;",
        rep,
        "@ExportState private long exportCount()",
        "test.Counter");
  }

  @Test
  void anImportOfTheWrongElementTypeNamesBothTypes() {
    JavaFileObject rep =
        repWith(
            """
              @ExportState long exportCount() { return count; }
              @ImportState void importCounts(List<Integer> exported) {}
            """);
    assertSingleError(
        compile(counter(), rep),
        "[k42j:state-import-signature] CounterRep.importCounts(List<Integer>) cannot be the"
            + " @ImportState method of CounterRep: it takes List<Integer>, but the @ExportState"
            + " method returns Long, so it must take java.util.List<Long>; declare it as `void"
            + " name(java.util.List<Long> exported)`, non-static, callable from package test and"
            + " throwing no checked exception",
        rep,
        "@ImportState void importCounts",
        "test.Counter");
  }

  @Test
  void anImportThatThrowsACheckedExceptionIsReported() {
    JavaFileObject rep =
        repWith(
            """
              @ExportState long exportCount() { return count; }
              @ImportState void importCounts(List<Long> exported) throws Exception {}
            """);
    assertSingleError(
        compile(counter(), rep),
        "[k42j:state-import-signature] CounterRep.importCounts(List<Long>) cannot be the"
            + " @ImportState method of CounterRep: it throws the checked exception Exception;",
        rep,
        "@ImportState void importCounts",
        "test.Counter");
  }
}

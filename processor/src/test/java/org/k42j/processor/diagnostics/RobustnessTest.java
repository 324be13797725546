package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.k42j.processor.diagnostics.Fixtures.assertGenerated;
import static org.k42j.processor.diagnostics.Fixtures.assertNothingGeneratedFor;
import static org.k42j.processor.diagnostics.Fixtures.compile;
import static org.k42j.processor.diagnostics.Fixtures.compileWith;
import static org.k42j.processor.diagnostics.Fixtures.counter;
import static org.k42j.processor.diagnostics.Fixtures.counterRep;
import static org.k42j.processor.diagnostics.Fixtures.source;

import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Failures of the processor itself, or of the Filer, end in one error, never in a crash. */
class RobustnessTest {
  private static JavaFileObject faulty() {
    return source(
        "test.Faulty",
        """
        package test;

        import org.k42j.annotations.*;

        @ClusteredObject
        public interface Faulty {
          void explode();
        }
        """);
  }

  private static JavaFileObject faultyRep() {
    return source(
        "test.FaultyRep",
        """
        package test;

        import org.k42j.annotations.*;

        @Rep
        final class FaultyRep implements Faulty {
          public void explode() {}
        }
        """);
  }

  @Test
  void exceptionInsideTheProcessorBecomesOneErrorAskingForABugReport() {
    RecordingProcessor k42j =
        new RecordingProcessor(
            RecordingProcessor.failingAsMemberOf(
                "explode", new IllegalStateException("simulated failure")));
    JavaFileObject faulty = faulty();

    Fixtures.Result result =
        compileWith(k42j, List.of(), faulty, faultyRep(), counter(), counterRep());

    assertThat(result.compilation())
        .hadErrorContaining(
            "[k42j:internal-error] k42j failed while processing Faulty"
                + " (java.lang.IllegalStateException: simulated failure at ")
        .inFile(faulty)
        .onLineContaining("public interface Faulty");
    assertThat(result.compilation())
        .hadErrorContaining(
            "); this is a bug in k42j: please report it with this message and the source of"
                + " Faulty");
    assertThat(result.compilation()).hadErrorCount(1);
    String message = result.compilation().errors().get(0).getMessage(Locale.ROOT);
    assertThat(message).doesNotContain("\n");
    assertNothingGeneratedFor(result, "test.Faulty");
    assertGenerated(result, "test.Counter");
  }

  @Test
  void contractsWhoseGeneratedNamesCollideEndInAWriteError() {
    JavaFileObject flat =
        source(
            "test.Outer_Log",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Outer_Log {
              void append(String line);
            }
            """);
    JavaFileObject flatRep =
        source(
            "test.FlatLogRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class FlatLogRep implements Outer_Log {
              public void append(String line) {}
            }
            """);
    JavaFileObject outer =
        source(
            "test.Outer",
            """
            package test;

            import org.k42j.annotations.*;

            public class Outer {
              @ClusteredObject
              public interface Log {
                void append(String line);
              }

              @Rep
              static final class LogRep implements Log {
                public void append(String line) {}
              }
            }
            """);

    Fixtures.Result result = compile(flat, flatRep, outer);

    // Both contracts generate test.Outer_Log_*; the first by name is written, the second fails,
    // reported on the rep its files would have come from.
    assertThat(result.compilation())
        .hadErrorContaining(
            "[k42j:write-failed] could not write the code generated for test.Outer_Log (")
        .inFile(flatRep)
        .onLineContaining("final class FlatLogRep");
    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.created()).contains("test.Outer_Log_Dispatcher");
  }
}

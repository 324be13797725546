package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static org.k42j.processor.diagnostics.Fixtures.source;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.k42j.processor.ExportedProcessor;

/**
 * An error in one exported interface stops only that one: the others of the compilation are
 * generated, and their code compiles against the real kernel on this module's class path.
 */
class ExportedRoundsTest {
  @Test
  void errorsInOneInterfaceDoNotStopAnother() {
    JavaFileObject store =
        source(
            "test.Store",
            """
            package test;

            import org.k42j.annotations.*;

            @Exported
            public interface Store {
              void put(StringBuilder text);
            }
            """);
    JavaFileObject clock =
        source(
            "test.Clock",
            """
            package test;

            import org.k42j.annotations.*;

            @Exported
            public interface Clock {
              long now();
            }
            """);

    Fixtures.Result result =
        Fixtures.compileWith(
            new RecordingProcessor(new ExportedProcessor()), List.of(), store, clock);

    assertThat(result.compilation().errors()).hasSize(1);
    assertThat(result.created())
        .containsAtLeast("test.Clock_Stub", "test.Clock_Skeleton", "test.Clock_Binding");
    Fixtures.assertNothingGeneratedFor(result, "test.Store");
  }
}

package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.k42j.processor.diagnostics.Fixtures.assertGenerated;
import static org.k42j.processor.diagnostics.Fixtures.compile;
import static org.k42j.processor.diagnostics.Fixtures.counter;
import static org.k42j.processor.diagnostics.Fixtures.counterRep;

import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.k42j.processor.ClusteredObjectProcessor;

/** Valid contracts compile cleanly: no error, no warning, the generated types present. */
class ValidContractsTest {
  @Test
  void processorSupportsTheLatestSourceVersion() {
    assertThat(new ClusteredObjectProcessor().getSupportedSourceVersion())
        .isEqualTo(SourceVersion.latestSupported());
  }

  @Test
  void counterWithRepCompilesWithoutWarnings() {
    Fixtures.Result result = compile(counter(), counterRep());
    assertThat(result.compilation()).succeededWithoutWarnings();
    assertGenerated(result, "test.Counter");
  }
}

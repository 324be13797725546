package org.k42j.processor.ppc;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k42j.processor.generated.LoadedClasses;

/**
 * Values that nest ({@code src/test/resources/ppc-cases/mesh}): arrays of arrays of records
 * holding arrays, arrays of arrays of exported objects, records of records, with null rows and
 * null elements, cross by copy through the generated stub and skeleton in both directions.
 */
class NestedValuesTest {
  @TempDir static Path classes;

  private static LoadedClasses loaded;

  @BeforeAll
  static void compile() {
    Compilation compilation = PpcCompilations.compileCase("mesh");
    assertThat(compilation).succeededWithoutWarnings();
    loaded = LoadedClasses.load(compilation, classes);
  }

  @AfterAll
  static void close() throws Exception {
    loaded.close();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> run(String scenario) throws Throwable {
    return (List<Object>) loaded.callStatic("test.Scenarios", scenario);
  }

  @Test
  void arraysOfArraysOfRecordsHoldingArraysShareNothingAndKeepNulls() throws Throwable {
    assertThat(run("arraysOfArraysOfRecordsHoldingArrays"))
        .containsExactly(1, 1, false, false, true, true)
        .inOrder();
  }

  @Test
  void arraysOfArraysOfExportedObjectsArriveAsStubsWhateverTheirRuntimeType() throws Throwable {
    assertThat(run("arraysOfArraysOfExportedObjects"))
        .containsExactly(true, true, true, "other", true, true)
        .inOrder();
  }

  @Test
  void recordsOfRecordsHoldingArraysShareNothing() throws Throwable {
    assertThat(run("recordsOfRecordsHoldingArrays"))
        .containsExactly(1, 4, true, false)
        .inOrder();
  }
}

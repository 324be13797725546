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
 * The generated stub, skeleton and binding of {@code test.Vault} ({@code
 * src/test/resources/ppc-cases/vault}) at work over the loopback copy of the PPC API: values cross
 * by copy in both directions, exported objects as handles that arrive as stubs, async calls are
 * sent, and the skeleton dispatches by method number. Each scenario runs in the compiled {@code
 * test.Scenarios} and returns what it observed.
 */
class ExportedBehaviourTest {
  @TempDir static Path classes;

  private static LoadedClasses loaded;

  @BeforeAll
  static void compile() {
    Compilation compilation = PpcCompilations.compileCase("vault");
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
  void serverDoesNotSeeAChangeTheClientMakesToAnArgumentAfterTheCall() throws Throwable {
    assertThat(run("clientChangeAfterTheCall")).containsExactly(3, 1, false).inOrder();
  }

  @Test
  void clientDoesNotSeeAChangeTheServerMakesToAResultAfterTheReply() throws Throwable {
    assertThat(run("serverChangeAfterTheReply")).containsExactly(2, false).inOrder();
  }

  @Test
  void recordIsCopiedDeeplyAndItsExportedComponentArrivesAsAStub() throws Throwable {
    List<Object> observed = run("recordWithArrayAndExportedObject");

    assertThat(observed.subList(0, 3)).containsExactly(5, 5, true).inOrder();
    assertThat(observed.get(3)).isEqualTo(observed.get(4));
    assertThat(observed.get(5)).isEqualTo(observed.get(4));
    assertThat(observed.get(6)).isEqualTo(7L);
  }

  @Test
  void exportedArgumentArrivesAsAStubOfTheSameObject() throws Throwable {
    List<Object> observed = run("exportedArgumentArrivesAsAStub");

    assertThat(observed.subList(0, 2)).containsExactly("other", true).inOrder();
    assertThat(observed.get(2)).isEqualTo(observed.get(3));
  }

  @Test
  void exportedResultArrivesAsAStubOfTheServerObject() throws Throwable {
    List<Object> observed = run("exportedResultArrivesAsAStub");

    assertThat(observed.get(0)).isEqualTo(true);
    assertThat(observed.get(1)).isEqualTo(observed.get(2));
    assertThat(observed.get(3)).isEqualTo("server");
  }

  @Test
  void primitivesVarargsEnumsGenericRecordsAndNestedArraysCross() throws Throwable {
    assertThat(run("values"))
        .containsExactly(10L, 0L, "HIGH", "a!", "[4, 5]", false, "[[1, 4], [2, 5], [3, 6]]")
        .inOrder();
  }

  @Test
  void nullArgumentsAndResultsCrossAsNull() throws Throwable {
    assertThat(run("nulls")).containsExactly(true, true, true, true, true, true);
  }

  @Test
  void asyncCallsAreQueuedWithoutAReplyAndRunLater() throws Throwable {
    assertThat(run("asyncCallsAreSentNotCalled")).containsExactly(0, 2, "[a, b]").inOrder();
  }

  @Test
  void defaultMethodRunsInTheCallerAndCallsTheRemoteMethods() throws Throwable {
    assertThat(run("defaultMethodRunsInTheCaller")).containsExactly(0, "serverserver", 2).inOrder();
  }

  @Test
  void skeletonDispatchesByDeclarationOrderAndRefusesOtherNumbers() throws Throwable {
    assertThat(run("skeletonDispatchesByMethodNumber"))
        .containsExactly(
            13,
            "server",
            5L,
            "method number 13 does not exist in test.Vault, which has methods 0..12; the stub"
                + " and the server were compiled from different versions of the interface,"
                + " recompile both",
            "method number -1 does not exist in test.Vault, which has methods 0..12; the stub"
                + " and the server were compiled from different versions of the interface,"
                + " recompile both")
        .inOrder();
  }

  @Test
  void bindingNamesTheInterfaceAndMakesStubs() throws Throwable {
    List<Object> observed = run("binding");

    assertThat(observed.get(0)).isEqualTo(loaded.type("test.Vault"));
    assertThat(observed.get(1)).isEqualTo(loaded.type("test.Vault_Stub"));
    assertThat(observed.get(2)).isEqualTo("other");
  }
}

package org.k42j.processor.clustered.writer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.k42j.processor.clustered.writer.Models.dispatch;
import static org.k42j.processor.clustered.writer.Models.gather;
import static org.k42j.processor.clustered.writer.Models.onRoot;
import static org.k42j.processor.clustered.writer.Models.param;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.processor.clustered.model.ContractModel;

/**
 * A contract with a user {@code @Root}, an {@code @OnRoot} method and a rep whose constructor takes
 * the root: the user root replaces the generated one everywhere. The sources are those of {@link
 * SampleContracts#REGISTRY}, written from a model built by hand.
 */
class UserRootContractTest {
  static final ContractModel REGISTRY =
      Models.contract("sample.registry", "Registry")
          .userRoot("RegistryRoot")
          .repTakesRoot()
          .policy(Policy.PER_NODE, 0)
          .methods(
              dispatch("idOf", TypeName.LONG, param(ClassName.get(String.class), "name")),
              onRoot("registeredNames", TypeName.INT),
              gather("lookups", TypeName.LONG, Reduce.SUM))
          .build();

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation =
        Compilations.compile(
            new WritingProcessor(REGISTRY), SampleContracts.files(SampleContracts.REGISTRY));
  }

  @Test
  void userRootContractCompilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void noGeneratedRootWhenTheUserWroteOne() {
    assertFalse(compilation.generatedSourceFile("sample.registry.Registry_Root").isPresent());
  }

  @Test
  void dispatcherHoldsAndCreatesTheUserRoot() {
    String dispatcher = Compilations.source(compilation, "sample.registry.Registry_Dispatcher");
    assertTrue(dispatcher.contains("private final RegistryRoot root;"), dispatcher);
    assertTrue(dispatcher.contains("this(new RegistryRoot());"), dispatcher);
    assertTrue(dispatcher.contains("Registry_Dispatcher(RegistryRoot root) {"), dispatcher);
    assertTrue(
        Compilations.source(compilation, "sample.registry.Registry_Factory")
            .contains("return new Registry_Dispatcher(new RegistryRoot());"));
  }

  @Test
  void onRootMethodChecksTheObjectIsActiveAndCallsTheUserRoot() {
    String dispatcher = Compilations.source(compilation, "sample.registry.Registry_Dispatcher");
    assertTrue(
        dispatcher.contains(
            "public int registeredNames() {\n"
                + "    core.checkActive();\n"
                + "    return root.registeredNames();\n"
                + "  }"),
        dispatcher);
  }

  @Test
  void repIsCreatedWithTheUserRootAndRepBaseReturnsIt() {
    assertTrue(
        Compilations.source(compilation, "sample.registry.Registry_RootBase")
            .contains("return new RegistryRep((RegistryRoot) this);"));
    assertTrue(
        Compilations.source(compilation, "sample.registry.Registry_RepBase")
            .contains(
                "protected final RegistryRoot root() {\n    return (RegistryRoot) clusterRoot();"));
  }
}

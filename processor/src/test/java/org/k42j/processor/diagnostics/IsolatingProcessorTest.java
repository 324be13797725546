package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.k42j.processor.diagnostics.Fixtures.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k42j.processor.ClusteredObjectProcessor;
import org.k42j.processor.ExportedProcessor;
import org.k42j.processor.testing.FilerLog;

/**
 * The processor is what it declares to Gradle, an isolating processor: every file it generates has
 * exactly one originating element, the rep, and is decided from what the rep reaches (its contract,
 * the contract's combiners, the root it names), even when those come from class files of an earlier
 * build, as in an incremental build that recompiles the rep but not its contract.
 */
class IsolatingProcessorTest {
  private static final String GRADLE_REGISTRATION =
      "META-INF/gradle/incremental.annotation.processors";

  /** A contract with a user root, an {@code @OnRoot} method, a combiner and a broadcast. */
  private static JavaFileObject registry() {
    return source(
        "test.Registry",
        """
        package test;

        import org.k42j.annotations.*;

        @ClusteredObject
        public interface Registry {
          long idOf(String name);

          @OnRoot
          int registeredNames();

          @Gather(combiner = Longest.class)
          Integer longest(int atLeast);

          @Broadcast
          void forget(String name);
        }
        """);
  }

  private static JavaFileObject longest() {
    return source(
        "test.Longest",
        """
        package test;

        import org.k42j.annotations.Combiner;

        public final class Longest implements Combiner<Integer> {
          public Integer identity() { return 0; }

          public Integer combine(Integer a, Integer b) { return Math.max(a, b); }
        }
        """);
  }

  private static JavaFileObject registryRoot() {
    return source(
        "test.RegistryRoot",
        """
        package test;

        import java.util.concurrent.ConcurrentHashMap;
        import org.k42j.annotations.*;

        @Root
        public class RegistryRoot extends Registry_RootBase {
          final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();

          public int registeredNames() { return ids.size(); }
        }
        """);
  }

  private static JavaFileObject registryRep() {
    return source(
        "test.RegistryRep",
        """
        package test;

        import org.k42j.annotations.*;

        @Rep(policy = Policy.PER_NODE, root = RegistryRoot.class)
        final class RegistryRep extends Registry_RepBase implements Registry {
          private final RegistryRoot shared;

          RegistryRep(RegistryRoot shared) { this.shared = shared; }

          public long idOf(String name) {
            return shared.ids.computeIfAbsent(name, n -> (long) shared.ids.size());
          }

          public int registeredNames() { return shared.registeredNames(); }

          public Integer longest(int atLeast) { return atLeast; }

          public void forget(String name) {}
        }
        """);
  }

  @Test
  void gradleRegistrationDeclaresTheClusteredObjectProcessorIsolatingAndTheExportedOneAggregating()
      throws IOException, URISyntaxException {
    Path classes =
        Path.of(
            ClusteredObjectProcessor.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    List<String> lines =
        Files.readAllLines(classes.resolve(GRADLE_REGISTRATION), StandardCharsets.UTF_8);

    // The exported-interface processor aggregates: one service file lists every binding.
    assertThat(lines)
        .containsExactly(
            ClusteredObjectProcessor.class.getName() + ",isolating",
            ExportedProcessor.class.getName() + ",aggregating");
  }

  @Test
  void everyFileOfAValidContractOriginatesFromItsRepAlone() {
    RecordingProcessor k42j = new RecordingProcessor();

    Fixtures.Result result =
        Fixtures.compileWith(
            k42j,
            List.of(),
            registry(),
            longest(),
            registryRoot(),
            registryRep(),
            Fixtures.counter(),
            Fixtures.counterRep());

    assertThat(result.compilation()).succeededWithoutWarnings();
    Map<String, List<String>> expected = new TreeMap<>();
    for (String suffix :
        List.of("Dispatcher", "Miss", "RootBase", "Root", "RepBase", "Guard", "Factory")) {
      expected.put("test.Counter_" + suffix, List.of("test.CounterRep"));
      if (!suffix.equals("Root")) { // Registry has a user root
        expected.put("test.Registry_" + suffix, List.of("test.RegistryRep"));
      }
    }
    expected.put("META-INF/services/test.Counter", List.of("test.CounterRep"));
    expected.put("META-INF/services/test.Registry", List.of("test.RegistryRep"));
    assertThat(originatingNames(k42j.log())).isEqualTo(expected);
    assertWithMessage("files created more than once")
        .that(k42j.log().created())
        .hasSize(expected.size());
  }

  @Test
  void repRecompiledAgainstItsContractFromAnEarlierBuildGeneratesTheSameFiles(@TempDir Path classes)
      throws IOException {
    Fixtures.Result full =
        Fixtures.compileInto(classes, registry(), longest(), registryRoot(), registryRep());
    // What Gradle does when the rep changes: delete its class file and every file generated from
    // it, then recompile it with the classes that depend on those files (the root, which extends
    // the generated root base). The contract and its combiner stay class files of the earlier
    // build.
    Files.delete(classes.resolve("test/RegistryRep.class"));
    Files.delete(classes.resolve("test/RegistryRoot.class"));
    for (String created : full.created()) {
      Files.delete(
          classes.resolve(
              created.startsWith("META-INF/") ? created : created.replace('.', '/') + ".class"));
    }
    RecordingProcessor k42j = new RecordingProcessor();

    Fixtures.Result incremental =
        Fixtures.compileAgainst(classes, k42j, registryRep(), registryRoot());

    assertThat(incremental.compilation()).succeededWithoutWarnings();
    assertThat(incremental.created()).containsExactlyElementsIn(full.created()).inOrder();
    for (List<String> origins : originatingNames(k42j.log()).values()) {
      assertThat(origins).containsExactly("test.RegistryRep");
    }
    assertThat(generatedTexts(incremental.compilation()))
        .isEqualTo(generatedTexts(full.compilation()));
  }

  /** The qualified names of each created file's originating elements, by file. */
  private static Map<String, List<String>> originatingNames(FilerLog log) {
    Map<String, List<String>> names = new TreeMap<>();
    log.originatingElements()
        .forEach((file, elements) -> names.put(file, qualifiedNames(elements)));
    return names;
  }

  private static List<String> qualifiedNames(List<Element> elements) {
    List<String> names = new ArrayList<>();
    for (Element element : elements) {
      names.add(((TypeElement) element).getQualifiedName().toString());
    }
    return names;
  }

  /** Every generated source file and the service entry, by path, with its text. */
  private static Map<String, String> generatedTexts(Compilation compilation) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      texts.put(file.toUri().getPath(), file.getCharContent(false).toString());
    }
    JavaFileObject entry =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/test.Registry")
            .orElseThrow(() -> new AssertionError("no service entry"));
    texts.put("META-INF/services/test.Registry", entry.getCharContent(false).toString());
    return texts;
  }
}

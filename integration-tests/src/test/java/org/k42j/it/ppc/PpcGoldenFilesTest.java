package org.k42j.it.ppc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the processor generated for {@code org.k42j.it.ppc.vault.Vault} when Maven compiled this
 * module's tests (the very classes {@code VaultPpcTest} runs), byte for byte, compared with {@code
 * src/test/resources/golden-ppc/vault/}: the formatting, comments and order are part of the output,
 * and the same on every build. After an intended change, rewrite the golden files with
 *
 * <pre>mvn -o -q test -pl integration-tests -am -Dtest=PpcGoldenFilesTest -Dk42j.golden.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * and review the diff.
 */
class PpcGoldenFilesTest {
  /** Maven runs tests in the module directory. */
  private static final Path GENERATED =
      Path.of("target", "generated-test-sources", "test-annotations", "org", "k42j", "it", "ppc");

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden-ppc");
  private static final Path SERVICES =
      Path.of("target", "test-classes", "META-INF", "services", "org.k42j.kernel.ppc.PpcBinding");
  private static final boolean UPDATE = Boolean.getBoolean("k42j.golden.update");

  @Test
  void vaultsGeneratedFilesMatchTheGoldenFiles() throws IOException {
    Map<String, String> generated = texts(GENERATED.resolve("vault"), "Vault_");
    assertEquals(
        List.of("Vault_Binding.java", "Vault_Skeleton.java", "Vault_Stub.java"),
        List.copyOf(generated.keySet()));
    Path golden = GOLDEN.resolve("vault");
    if (UPDATE) {
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Files.writeString(golden.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> expected = texts(golden, "Vault_");
    assertEquals(expected.keySet(), generated.keySet());
    expected.forEach(
        (file, text) ->
            assertEquals(
                text,
                generated.get(file),
                golden.resolve(file)
                    + " differs; if intended, run with -Dk42j.golden.update=true"));
  }

  @Test
  void everyExportedInterfaceHasItsBindingRegistered() throws IOException {
    List<String> bindings = Files.readAllLines(SERVICES, StandardCharsets.UTF_8);
    assertTrue(bindings.contains("org.k42j.it.ppc.vault.Vault_Binding"), bindings.toString());
    assertTrue(bindings.contains("org.k42j.it.ppc.mesh.Mesh_Binding"), bindings.toString());
  }

  private static Map<String, String> texts(Path directory, String prefix) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(directory)) {
      for (Path path : paths.toList()) {
        String name = path.getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(".java")) {
          files.put(name, Files.readString(path, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }
}

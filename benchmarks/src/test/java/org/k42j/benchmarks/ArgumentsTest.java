package org.k42j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  @Test
  void fullRunWritesThePublishedDocument() {
    BenchmarkMain.Arguments arguments = BenchmarkMain.Arguments.parse(new String[] {"--full"});

    assertEquals(RunSettings.full(), arguments.settings);
    assertEquals(Path.of("docs", "performance.md"), arguments.doc);
    assertEquals(Path.of("benchmarks", "target", "results.json"), arguments.json);
  }

  @Test
  void quickRunStaysInTheBuildDirectory() {
    BenchmarkMain.Arguments arguments = BenchmarkMain.Arguments.parse(new String[] {"--quick"});

    assertEquals(1, arguments.settings.forks());
    assertEquals(Path.of("benchmarks", "target", "performance-quick.md"), arguments.doc);
    assertEquals(Path.of("benchmarks", "target", "results-quick.json"), arguments.json);
  }

  @Test
  void optionsOverrideTheModeDefaults() {
    BenchmarkMain.Arguments arguments =
        BenchmarkMain.Arguments.parse(
            new String[] {
              "--full",
              "--forks",
              "5",
              "--threads",
              "2, 4",
              "--include",
              "Counter",
              "--prof",
              "perfasm:events=cpu-clock",
              "--jvm-arg",
              "-XX:+PrintCompilation",
              "--doc",
              "x.md"
            });

    assertEquals(5, arguments.settings.forks());
    assertEquals(List.of(2, 4), arguments.settings.threads());
    assertEquals("Counter", arguments.include);
    assertEquals(List.of("perfasm:events=cpu-clock"), arguments.profilers);
    assertTrue(arguments.jvmArgs.contains("-XX:+PrintCompilation"));
    assertEquals(Path.of("x.md"), arguments.doc);
  }

  @Test
  void modeIsRequiredAndSingle() {
    assertThrows(
        IllegalArgumentException.class, () -> BenchmarkMain.Arguments.parse(new String[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> BenchmarkMain.Arguments.parse(new String[] {"--quick", "--full"}));
  }

  @Test
  void badValuesAreRejectedWithTheOptionNamed() {
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class,
            () -> BenchmarkMain.Arguments.parse(new String[] {"--quick", "--forks", "0"}));
    assertTrue(zero.getMessage().contains("--forks"), zero.getMessage());
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> BenchmarkMain.Arguments.parse(new String[] {"--quick", "--threads"}));
    assertTrue(missing.getMessage().contains("--threads"), missing.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> BenchmarkMain.Arguments.parse(new String[] {"--quick", "--fast"}));
  }
}

package org.k42j.examples;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChildJvmTest {
  @Test
  void theClassPathHoldsTheExamplesAndTheRuntime() throws Exception {
    List<String> entries = List.of(ChildJvm.classPath(Demo.class).split(File.pathSeparator));
    String examples =
        Path.of(Demo.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    // under surefire the entries may sit in a manifest-only jar's Class-Path; the child runs
    // either way, which the next test shows
    assertTrue(
        entries.contains(examples) || entries.stream().anyMatch(e -> e.endsWith(".jar")),
        String.join("\n", entries));
  }

  @Test
  void aChildJvmRunsAMainOfThisClassPathAndReturnsWhatItPrinted() throws Exception {
    String output =
        ChildJvm.run(
            ChildJvm.command(
                DemoMeasurement.class, List.of(), List.of("counter-exclusive", "3", "3000")),
            Duration.ofSeconds(60));
    assertTrue(output.contains(DemoMeasurement.RESULT_PREFIX), output);
    assertTrue(output.strip().endsWith(" total=3000"), output);
  }

  @Test
  void aFailingChildIsReportedWithItsOutput() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                ChildJvm.run(
                    ChildJvm.command(
                        DemoMeasurement.class, List.of(), List.of("counter-sharded", "2", "10")),
                    Duration.ofSeconds(60)));
    assertTrue(e.getMessage().startsWith("a child JVM exited with status 1"), e.getMessage());
    assertTrue(e.getMessage().contains("no demo form named 'counter-sharded'"), e.getMessage());
  }

  @Test
  void aChildOverItsTimeIsKilled() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                ChildJvm.run(
                    ChildJvm.command(SleepingMain.class, List.of(), List.of()),
                    Duration.ofMillis(1500)));
    assertTrue(e.getMessage().startsWith("a child JVM did not finish within 1 s"), e.getMessage());
  }

  /** Sleeps far longer than the test waits. */
  public static final class SleepingMain {
    public static void main(String[] args) throws InterruptedException {
      Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }
  }
}

package org.k42j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DemoTest {
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void demoMeasuresEveryFormInItsOwnJvmExactAtTheGivenThreadsAndFourTimesAsMany() throws Exception {
    List<String> lines = runDemo("2", "20000");

    assertTrue(lines.get(0).startsWith("k42j demo: 2 threads x 20,000 ops"), lines.get(0));
    assertTrue(lines.get(1).startsWith("each form in a JVM of its own"), lines.get(1));
    List<String> rows =
        lines.stream().filter(l -> l.startsWith("counter ") || l.startsWith("stats ")).toList();
    assertEquals(14, rows.size(), String.join("\n", lines));
    for (String row : rows) {
      assertTrue(row.contains("40000 exact"), row);
      assertFalse(row.contains("WRONG"), row);
    }
    // the groups: counter and stats at 2 threads, then the same at 4 threads (2x)
    assertTrue(rows.get(0).contains("shared (AtomicLong)") && rows.get(0).contains(" 2 "));
    assertTrue(rows.get(4).contains("clustered, exclusive, dedicated"), rows.get(4));
    assertTrue(rows.get(6).endsWith("40000 exact, = shared"), rows.get(6));
    assertTrue(rows.get(7).contains("dedicated") && rows.get(7).endsWith("= shared"));
    for (String row : rows.subList(8, 14)) {
      assertTrue(row.contains(" 4* "), row);
    }
    assertTrue(rows.get(13).contains("clustered, exclusive rep"), rows.get(13));
    assertTrue(rows.get(13).endsWith("40000 exact, = shared"), rows.get(13));

    int ordering =
        lines.indexOf("Ordering by throughput, against docs/performance.md (a quiet host):");
    assertTrue(ordering > 0, String.join("\n", lines));
    for (int i = 1; i <= 4; i++) { // every group is ranked (the dedicated statistics are not)
      String verdict = lines.get(ordering + i);
      assertTrue(
          verdict.endsWith("-- this run agrees") || verdict.contains("-- this run DISAGREES: "),
          verdict);
    }
    assertTrue(lines.get(ordering + 5).startsWith("Host load during the demo: "));
    assertTrue(lines.get(lines.size() - 1).startsWith("Every total is exact"));
  }

  @Test
  void demoRejectsArgumentsThatAreNotPositiveCounts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Demo.main(new String[] {"0"}));
    assertTrue(e.getMessage().startsWith("threads must be a positive integer, got '0'"));
    assertThrows(IllegalArgumentException.class, () -> Demo.main(new String[] {"2", "many"}));
    assertThrows(IllegalArgumentException.class, () -> Demo.main(new String[] {"1", "2", "3"}));
  }

  private static List<String> runDemo(String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      Demo.main(args);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8).lines().toList();
  }
}

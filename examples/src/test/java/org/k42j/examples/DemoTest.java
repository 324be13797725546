package org.k42j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTest {
  @Test
  void demoReportsEveryFormExactWithTheGivenThreadsAndOps() throws Exception {
    List<String> lines = runDemo("3", "20000");

    assertTrue(lines.get(0).startsWith("k42j demo: 3 threads x 20,000 ops"), lines.get(0));
    List<String> rows =
        lines.stream().filter(l -> l.startsWith("counter") || l.startsWith("stats")).toList();
    assertEquals(8, rows.size(), String.join("\n", lines));
    for (String row : rows) {
      assertTrue(row.contains("60000 exact"), row);
      assertFalse(row.contains("WRONG"), row);
    }
    assertTrue(rows.get(4).contains("clustered, exclusive, dedicated"), rows.get(4));
    assertTrue(rows.get(6).endsWith("60000 exact, = shared"), rows.get(6));
    assertTrue(rows.get(7).contains("dedicated"), rows.get(7));
    assertTrue(rows.get(7).endsWith("60000 exact, = shared"), rows.get(7));
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

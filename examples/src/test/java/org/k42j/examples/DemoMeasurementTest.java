package org.k42j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DemoMeasurementTest {
  @Test
  void everyCounterFormCountsTheTotalExactlyOnMoreThreadsThanCores() throws Exception {
    for (DemoForm form : DemoForm.values()) {
      if (form.service == DemoForm.Service.COUNTER) {
        String result = new DemoMeasurement(form, 5, 50_003).measure();
        assertTrue(result.endsWith(" total=50003"), form + ": " + result);
        assertTrue(Double.parseDouble(result.split(" ")[0]) > 0, result);
      }
    }
  }

  @Test
  void everyStatisticsFormGivesTheSynchronizedSnapshot() throws Exception {
    String shared =
        new DemoMeasurement(DemoForm.STATS_SYNCHRONIZED, 6, 30_001).measure().split(" ")[1];
    assertTrue(shared.startsWith("snapshot=30001;"), shared);
    for (DemoForm form : new DemoForm[] {DemoForm.STATS_EXCLUSIVE, DemoForm.STATS_DEDICATED}) {
      assertEquals(
          shared, new DemoMeasurement(form, 6, 30_001).measure().split(" ")[1], form.label);
    }
  }

  @Test
  void mainPrintsOneResultLine() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      DemoMeasurement.main(new String[] {"counter-long-adder", "2", "1000"});
    } finally {
      System.setOut(original);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8).strip();
    assertTrue(printed.startsWith(DemoMeasurement.RESULT_PREFIX), printed);
    assertTrue(printed.endsWith(" total=1000"), printed);
  }

  @Test
  void sharesSplitTheTotalExactly() {
    long sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += DemoMeasurement.share(4_000_003, 8, i);
    }
    assertEquals(4_000_003, sum);
  }

  @Test
  void refusesBadArguments() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DemoMeasurement.main(new String[] {"counter-sharded", "2", "10"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DemoMeasurement(DemoForm.COUNTER_LONG_ADDER, 4, 3));
    assertThrows(IllegalArgumentException.class, () -> DemoMeasurement.main(new String[] {}));
    for (DemoForm form : DemoForm.values()) {
      assertEquals(form, DemoForm.ofArgument(form.argument()));
    }
  }
}

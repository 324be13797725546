package org.k42j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsJsonTest {
  @Test
  void stringsAreEscaped() {
    assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", ResultsJson.string("a\"b\\c\nd\u0001"));
  }

  @Test
  void unknownNumbersAreNull() {
    assertEquals("null", ResultsJson.number(Double.NaN));
    assertEquals("null", ResultsJson.number(Double.POSITIVE_INFINITY));
    assertEquals("9.71230", ResultsJson.number(9.7123));
  }

  @Test
  void everyMeasurementIsWrittenWithItsParametersAndAllocation() {
    MarkdownReport.RunInfo run =
        new MarkdownReport.RunInfo(
            new Host("CPU", 2, "17", "VM", "Linux", "1.37"),
            RunSettings.full(),
            "cmd",
            "day",
            List.of("1 thread: other processes 3%"));
    List<Measurement> measurements =
        List.of(
            Measurement.of("C.inc", 2, 2.5, 0.5).with("impl", "mine").allocating(0.001, 0.0),
            Measurement.of("B.direct", 1, 4.0, Double.NaN));

    String json = ResultsJson.write(run, measurements);

    assertTrue(json.contains("\"mode\": \"full\""), json);
    assertTrue(json.contains("\"forks\": 3"), json);
    assertTrue(json.contains("\"interference\": [\"1 thread: other processes 3%\"]"), json);
    assertTrue(json.contains("\"host\": {\"cpu\": \"CPU\", \"cores\": 2"), json);
    assertTrue(
        json.contains(
            "{\"benchmark\": \"C.inc\", \"key\": \"C.inc[impl=mine]\", \"params\": {\"impl\":"
                + " \"mine\"}, \"threads\": 2, \"mode\": \"avgt\", \"score\": 2.50000, \"error\":"
                + " 0.500000, \"unit\": \"ns/op\", \"allocBytesPerOp\": 0.00100000,"
                + " \"allocError\": 0.00000, \"samples\": 0}"),
        json);
    assertTrue(json.contains("\"key\": \"B.direct\", \"params\": {}"), json);
    assertTrue(json.contains("\"error\": null"), json);
  }
}

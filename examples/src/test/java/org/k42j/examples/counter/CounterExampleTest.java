package org.k42j.examples.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterExampleTest {
  @Test
  void printsTheExactTotalOfBothVariantsAndZeroAfterReset() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      CounterExample.main(new String[] {"3", "10000"});
    } finally {
      System.setOut(original);
    }

    assertEquals(
        List.of(
            "partitioned counter, exclusive rep: 3 threads x 10000 increments = 30000; after reset"
                + " 0",
            "partitioned counter, thread-safe rep: 3 threads x 10000 increments = 30000; after"
                + " reset 0"),
        buffer.toString(StandardCharsets.UTF_8).lines().toList());
  }
}

package org.k42j.processor.clustered.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.k42j.processor.common.Javadocs;

/** Javadoc and names in generated files, as the hand-written reference lays them out. */
class GeneratedJavadocTest {
  @Test
  void referenceJavadocLinesAreReproducedLineForLine() {
    String reference =
        Compilations.read(Path.of("src/test/resources/golden/counter/Counter_Miss.java"));
    String text =
        "Stands in every empty entry of a {@link Counter} translation row (K42's default object):"
            + " each method asks the object's core for the calling processor's rep, which the core"
            + " creates on that processor's first call, and re-issues the call on it.";
    for (String line : Javadocs.type(text).toString().split("\n")) {
      assertTrue(reference.contains("\n * " + line + "\n"), line);
    }
  }

  @Test
  void combinerFieldsAreNamedAsConstants() {
    assertEquals("MERGE_HISTOGRAMS", Gathers.constantName("MergeHistograms"));
    assertEquals("UNION", Gathers.constantName("Union"));
    assertEquals("HTTP_LATENCY", Gathers.constantName("HTTPLatency"));
  }
}

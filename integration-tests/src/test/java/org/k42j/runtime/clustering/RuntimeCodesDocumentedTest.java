package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.model.Rule;

/**
 * Every code the run-time path reports is documented in {@code docs/diagnostics.md}: the shared
 * rules in the catalogue's table, the path's own in its list.
 */
class RuntimeCodesDocumentedTest {
  @Test
  void everyRuntimeCodeIsDocumented() throws IOException {
    String doc;
    try (InputStream in = getClass().getResourceAsStream("/docs/diagnostics.md")) {
      assertNotNull(
          in, "docs/diagnostics.md is not on the test class path (integration-tests/pom.xml)");
      doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> missing = new ArrayList<>();
    for (RuntimeRule problem : RuntimeRule.values()) {
      if (!doc.contains("`" + problem.code() + "`")) {
        missing.add(problem.code());
      }
    }
    for (Rule rule : Rule.values()) {
      if (!doc.contains("| `" + rule.code() + "` |")) {
        missing.add(rule.code());
      }
    }
    assertEquals(List.of(), missing, "codes docs/diagnostics.md does not document");
  }
}

package org.k42j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalogue is one thing: distinct codes, and every word of every dialect used and defined. */
class RuleCatalogueTest {
  private static final Pattern TERM = Pattern.compile("\\{([a-z0-9-]+)}");

  @Test
  void codesAreDistinctAndEveryMessageSaysWhatToDo() {
    Set<String> codes = new HashSet<>();
    for (Rule rule : Rule.values()) {
      assertTrue(codes.add(rule.code()), "duplicate code " + rule.code());
      assertTrue(rule.code().matches("[a-z]+(-[a-z]+)*"), rule.code());
      for (Dialect dialect : Dialect.values()) {
        String template = rule.template(dialect);
        assertTrue(
            template.contains("; "), rule + " in " + dialect + ": what is wrong; what to do");
        assertFalse(template.contains("{"), rule + " in " + dialect + " left a term: " + template);
      }
    }
  }

  @Test
  void everyDialectDefinesExactlyTheTermsTheRulesUse() {
    Set<String> used = new HashSet<>();
    for (Rule rule : Rule.values()) {
      Matcher matcher = TERM.matcher(rule.rawTemplate());
      while (matcher.find()) {
        used.add(matcher.group(1));
      }
    }
    for (Dialect dialect : Dialect.values()) {
      assertEquals(used, dialect.terms(), dialect + "'s terms");
    }
  }

  @Test
  void aMessageIsTheTemplateFilledIn() {
    assertEquals(
        "Counter.name() is @Gather but returns void, so there is nothing to combine; return the"
            + " value to combine, or use @Broadcast to run it on every rep",
        Rule.GATHER_VOID.message(Dialect.ANNOTATIONS, "Counter.name()"));
    assertEquals(
        "Counter.name() is declared a gather but returns void, so there is nothing to combine;"
            + " return the value to combine, or declare it a broadcast to run it on every rep",
        Rule.GATHER_VOID.message(Dialect.DECLARATION, "Counter.name()"));
  }
}

package org.k42j.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rule a declaration breaks, with the arguments of its message; each front end turns it into its
 * own report (a tagged compiler error on an element, an {@code InvalidDeclarationException}).
 *
 * @param rule the rule broken
 * @param args the message's arguments, in the template's order
 */
public record Finding(Rule rule, List<String> args) {
  public Finding {
    args = List.copyOf(args);
  }

  /** A finding of {@code rule} with {@code args}. */
  public static Finding of(Rule rule, String... args) {
    return new Finding(rule, Arrays.asList(args));
  }

  /**
   * This finding with {@code more} arguments after its own (those only one dialect's words use).
   */
  public Finding plus(String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(Arrays.asList(more));
    return new Finding(rule, all);
  }

  /** The message in {@code dialect}, without a tag. */
  public String message(Dialect dialect) {
    return rule.message(dialect, args.toArray());
  }
}

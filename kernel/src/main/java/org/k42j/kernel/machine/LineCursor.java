package org.k42j.kernel.machine;

import org.k42j.runtime.spi.CpuList;

/**
 * Reads one line of a machine spec or machine file token by token, keeping the column (1-based) so
 * that every error names where it found what it did not expect. Errors read {@code <where>, column
 * <c>: <message>}, where {@code where} is given by the caller (for example {@code machine file
 * big.txt, line 3}).
 */
final class LineCursor {
  private final String where;
  private final String text;
  private int position;

  /** A cursor at the start of {@code text}; errors are prefixed with {@code where}. */
  LineCursor(String where, String text) {
    this.where = where;
    this.text = text;
  }

  /** Skips spaces and tabs. */
  void skipBlanks() {
    while (position < text.length() && isBlank(text.charAt(position))) {
      position++;
    }
  }

  /** True when only blanks remain. */
  boolean atEnd() {
    skipBlanks();
    return position == text.length();
  }

  /** The 1-based column of the next non-blank character (blanks are skipped). */
  int column() {
    skipBlanks();
    return position + 1;
  }

  /** Moves back to {@code column} (one this cursor has passed), to report the token there. */
  void rewind(int column) {
    position = column - 1;
  }

  /** True (and consumes it) when the next non-blank character is {@code c}. */
  boolean accept(char c) {
    skipBlanks();
    if (position < text.length() && text.charAt(position) == c) {
      position++;
      return true;
    }
    return false;
  }

  /** Consumes {@code c}, or fails saying {@code expected}. */
  void expect(char c, String expected) {
    if (!accept(c)) {
      throw unexpected(expected);
    }
  }

  /** Fails unless only blanks remain; {@code expected} says what was expected instead. */
  void expectEnd(String expected) {
    if (!atEnd()) {
      throw unexpected(expected);
    }
  }

  /** The next word (letters only), possibly empty; consumed. */
  String word() {
    skipBlanks();
    int start = position;
    while (position < text.length() && Character.isLetter(text.charAt(position))) {
      position++;
    }
    return text.substring(start, position);
  }

  /**
   * A decimal number from {@code min} to {@code max}; {@code what} names it in errors (for example
   * {@code "a processor id"}).
   */
  int number(String what, int min, int max) {
    skipBlanks();
    int start = position;
    while (position < text.length() && isDigit(text.charAt(position))) {
      position++;
    }
    if (start == position) {
      throw unexpected(what);
    }
    String digits = text.substring(start, position);
    // Ten digits and more cannot be in range (max is an int); compare without overflowing.
    long value = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
    if (value < min || value > max) {
      throw error(
          start + 1, "expected " + what + " from " + min + " to " + max + ", found " + digits);
    }
    return (int) value;
  }

  /**
   * The processor list ({@link CpuList}'s syntax) from here to the end of the line, each id at most
   * {@code maxId}; consumed. A list that does not parse fails at its column.
   */
  int[] processorList(int maxId) {
    try {
      int[] ids = CpuList.parse(text, position, maxId);
      position = text.length();
      return ids;
    } catch (CpuList.FormatException e) {
      throw error(e.column(), e.getMessage());
    }
  }

  /**
   * A failure at the next token: {@code expected <expected>, found "<token>"} (or {@code found the
   * end of the line}).
   */
  MachineModelException unexpected(String expected) {
    skipBlanks();
    return error(column(), "expected " + expected + ", found " + describeToken());
  }

  /** A failure at {@code column}. */
  MachineModelException error(int column, String message) {
    return new MachineModelException(where + ", column " + column + ": " + message);
  }

  private String describeToken() {
    if (position == text.length()) {
      return "the end of the line";
    }
    int end = position + 1;
    if (Character.isLetterOrDigit(text.charAt(position))) {
      while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
    }
    return '"' + text.substring(position, end) + '"';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

package org.k42j.runtime.spi;

import java.util.Arrays;

/**
 * Parses a processor list in the Linux {@code cpulist} syntax that sysfs uses (and the kernel's
 * machine files borrow): comma-separated ids and inclusive ranges, such as {@code 0-3,8,10-11}.
 * Blanks (spaces and tabs) around the separators are allowed. {@link HostNodes} reads the host's
 * {@code nodeN/cpulist} files with it, and the k42j kernel its machine files.
 */
public final class CpuList {
  private static final String ITEM = "a processor id";

  private final String text;
  private int position;

  private CpuList(String text, int from) {
    this.text = text;
    this.position = from;
  }

  /**
   * A processor list that does not parse: {@link #column()} is where in the text, and the message
   * says what was found and what was expected there.
   */
  public static final class FormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int column;

    FormatException(int column, String message) {
      super(message);
      this.column = column;
    }

    /** The 1-based column of the text at which the list went wrong. */
    public int column() {
      return column;
    }
  }

  /**
   * The ids listed in {@code text} from index {@code from} to its end, in the order listed, each at
   * most {@code maxId}. An empty list, a range whose end is below its start, an id listed twice or
   * anything after the list is a {@link FormatException} at its column.
   */
  public static int[] parse(String text, int from, int maxId) {
    return new CpuList(text, from).list(maxId);
  }

  /** As {@link #parse(String, int, int)}, from the start of {@code text}. */
  public static int[] parse(String text, int maxId) {
    return parse(text, 0, maxId);
  }

  private int[] list(int maxId) {
    if (atEnd()) {
      throw unexpected("a processor list such as 0-3,8");
    }
    int[] ids = new int[8];
    int count = 0;
    boolean[] seen = new boolean[maxId + 1];
    do {
      int column = column();
      int first = number(ITEM, maxId);
      int last = first;
      if (accept('-')) {
        int endColumn = column();
        last = number("the end of the range " + first + "-", maxId);
        if (last < first) {
          throw new FormatException(
              endColumn,
              "range "
                  + first
                  + "-"
                  + last
                  + " ends below its start; expected an end of at least "
                  + first);
        }
      }
      for (int id = first; id <= last; id++) {
        if (seen[id]) {
          throw new FormatException(column, "processor " + id + " is listed twice in this list");
        }
        seen[id] = true;
        if (count == ids.length) {
          ids = Arrays.copyOf(ids, count * 2);
        }
        ids[count++] = id;
      }
      if (atEnd()) {
        return Arrays.copyOf(ids, count);
      }
    } while (accept(','));
    throw unexpected("a comma or the end of the processor list");
  }

  private void skipBlanks() {
    while (position < text.length()
        && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
      position++;
    }
  }

  private boolean atEnd() {
    skipBlanks();
    return position == text.length();
  }

  private int column() {
    skipBlanks();
    return position + 1;
  }

  private boolean accept(char c) {
    skipBlanks();
    if (position < text.length() && text.charAt(position) == c) {
      position++;
      return true;
    }
    return false;
  }

  private int number(String what, int max) {
    skipBlanks();
    int start = position;
    while (position < text.length()
        && text.charAt(position) >= '0'
        && text.charAt(position) <= '9') {
      position++;
    }
    if (start == position) {
      throw unexpected(what);
    }
    String digits = text.substring(start, position);
    // Ten digits and more cannot be in range (max is an int); compare without overflowing.
    long value = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
    if (value > max) {
      throw new FormatException(
          start + 1, "expected " + what + " from 0 to " + max + ", found " + digits);
    }
    return (int) value;
  }

  private FormatException unexpected(String expected) {
    skipBlanks();
    String found;
    if (position == text.length()) {
      found = "the end of the line";
    } else {
      int end = position + 1;
      if (Character.isLetterOrDigit(text.charAt(position))) {
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          end++;
        }
      }
      found = '"' + text.substring(position, end) + '"';
    }
    return new FormatException(column(), "expected " + expected + ", found " + found);
  }
}

package org.k42j.kernel.sim;

import org.k42j.kernel.machine.MachineModelException;

/**
 * Parses cost lines, the {@code costs} section of a simulated machine's file or a cost file of its
 * own: one {@code NAME VALUE} (or {@code NAME = VALUE}) per line, the value in nanoseconds (a
 * decimal number, optionally followed by {@code ns}); {@code #} starts a comment; blank lines are
 * ignored; a parameter may be given once. Every error names the source, the line and the column and
 * says what was expected, as the machine file's parser does.
 */
final class CostSection {
  private final String source;
  private Costs costs;
  private final int[] givenOn = new int[Costs.NAMES.size()];

  private CostSection(String source, Costs base) {
    this.source = source;
    this.costs = base;
  }

  /**
   * The costs {@code lines} set over {@code base}; {@code firstLine} is the file line number of
   * {@code lines[0]}.
   */
  static Costs parse(String source, String[] lines, int firstLine, Costs base) {
    CostSection section = new CostSection(source, base);
    for (int i = 0; i < lines.length; i++) {
      section.readLine(lines[i], firstLine + i);
    }
    return section.costs;
  }

  private void readLine(String raw, int number) {
    int comment = raw.indexOf('#');
    String line = comment < 0 ? raw : raw.substring(0, comment);
    int position = skipBlanks(line, 0);
    if (position == line.length()) {
      return;
    }
    int nameStart = position;
    while (position < line.length()
        && (Character.isLetter(line.charAt(position)) || line.charAt(position) == '-')) {
      position++;
    }
    String name = line.substring(nameStart, position);
    int index = Costs.NAMES.indexOf(name);
    if (index < 0) {
      throw error(
          number,
          nameStart,
          "expected a cost parameter ("
              + String.join(", ", Costs.NAMES)
              + "), found "
              + token(line, nameStart));
    }
    if (givenOn[index] != 0) {
      throw error(
          number,
          nameStart,
          name + " given twice (first on line " + givenOn[index] + "); expected it once");
    }
    position = skipBlanks(line, position);
    if (position < line.length() && line.charAt(position) == '=') {
      position = skipBlanks(line, position + 1);
    }
    int valueStart = position;
    while (position < line.length()
        && (Character.isDigit(line.charAt(position)) || line.charAt(position) == '.')) {
      position++;
    }
    double value;
    try {
      value = Double.parseDouble(line.substring(valueStart, position));
    } catch (NumberFormatException e) {
      throw error(
          number,
          valueStart,
          "expected the cost of "
              + name
              + " in nanoseconds (such as 46 or 12.5), found "
              + token(line, valueStart));
    }
    position = skipBlanks(line, position);
    if (line.startsWith("ns", position)) {
      position = skipBlanks(line, position + 2);
    }
    if (position != line.length()) {
      throw error(
          number,
          position,
          "expected the end of the line after "
              + name
              + "'s value, found "
              + token(line, position));
    }
    givenOn[index] = number;
    costs = costs.with(name, value);
  }

  private static int skipBlanks(String line, int position) {
    while (position < line.length()
        && (line.charAt(position) == ' ' || line.charAt(position) == '\t')) {
      position++;
    }
    return position;
  }

  private static String token(String line, int position) {
    if (position >= line.length()) {
      return "the end of the line";
    }
    int end = position + 1;
    while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
      end++;
    }
    return '"' + line.substring(position, end) + '"';
  }

  private MachineModelException error(int line, int position, String message) {
    return new MachineModelException(
        source + ", line " + line + ", column " + (position + 1) + ": " + message);
  }
}

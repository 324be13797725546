package org.k42j.kernel.machine;

import java.util.Arrays;

/**
 * Parses a processor list in the Linux {@code cpulist} syntax that sysfs uses and machine files
 * borrow: comma-separated ids and inclusive ranges, such as {@code 0-3,8,10-11}. Blanks around the
 * separators are allowed.
 */
final class ProcessorList {
  private static final String ITEM = "a processor id";

  private ProcessorList() {}

  /**
   * The ids listed from the cursor to the end of its line, in the order listed; each at most {@code
   * maxId}. A range whose end is below its start, or an id listed twice, is an error at its column.
   */
  static int[] parse(LineCursor line, int maxId) {
    if (line.atEnd()) {
      throw line.unexpected("a processor list such as 0-3,8");
    }
    int[] ids = new int[8];
    int count = 0;
    boolean[] seen = new boolean[maxId + 1];
    do {
      int column = line.column();
      int first = line.number(ITEM, 0, maxId);
      int last = first;
      if (line.accept('-')) {
        int endColumn = line.column();
        last = line.number("the end of the range " + first + "-", 0, maxId);
        if (last < first) {
          throw line.error(
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
          throw line.error(column, "processor " + id + " is listed twice in this list");
        }
        seen[id] = true;
        if (count == ids.length) {
          ids = Arrays.copyOf(ids, count * 2);
        }
        ids[count++] = id;
      }
      if (line.atEnd()) {
        return Arrays.copyOf(ids, count);
      }
    } while (line.accept(','));
    throw line.unexpected("a comma or the end of the processor list");
  }
}

package org.k42j.benchmarks;

/**
 * How many callers an oversubscription point has and whether they are virtual threads, as its
 * {@code callers} parameter names it: {@code 8} (8 platform threads) or {@code virtual-10000}
 * (10,000 virtual threads).
 *
 * @param callers the number of calling threads
 * @param virtual whether they are virtual threads
 */
record CallerCount(int callers, boolean virtual) {
  static final String VIRTUAL_PREFIX = "virtual-";

  CallerCount {
    if (callers < 1) {
      throw new IllegalArgumentException("need at least one caller, got " + callers);
    }
  }

  /** The count a parameter value names. */
  static CallerCount parse(String param) {
    boolean virtual = param.startsWith(VIRTUAL_PREFIX);
    String number = virtual ? param.substring(VIRTUAL_PREFIX.length()) : param;
    try {
      return new CallerCount(Integer.parseInt(number), virtual);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "callers must be a count of platform threads (8) or of virtual threads (virtual-10000),"
              + " got '"
              + param
              + "'");
    }
  }

  /** The parameter value. */
  String param() {
    return virtual ? VIRTUAL_PREFIX + callers : Integer.toString(callers);
  }

  /** For a table header: {@code 8 threads}, {@code 10,000 virtual threads}. */
  String label() {
    return String.format(
        java.util.Locale.ROOT,
        "%,d %sthread%s",
        callers,
        virtual ? "virtual " : "",
        callers == 1 ? "" : "s");
  }

  @Override
  public String toString() {
    return label();
  }
}

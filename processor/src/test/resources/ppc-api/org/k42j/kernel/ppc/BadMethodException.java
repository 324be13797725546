package org.k42j.kernel.ppc;

/** Copy: a method number out of range. */
public final class BadMethodException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadMethodException(String exported, int method, int methodCount) {
    super(exported + " has no method " + method + " (it has " + methodCount + ")");
  }
}

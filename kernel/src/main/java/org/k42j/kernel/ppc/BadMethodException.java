package org.k42j.kernel.ppc;

/**
 * A PPC named a method number the exported interface does not have: the stub and the server were
 * compiled from different versions of the interface. Recompile both against the same one.
 */
public final class BadMethodException extends PpcException {
  private static final long serialVersionUID = 1L;

  BadMethodException(String exported, int method, int methodCount) {
    super(
        "method number "
            + method
            + " does not exist in "
            + exported
            + ", which has methods 0.."
            + (methodCount - 1)
            + "; the stub and the server were compiled from different versions of the interface,"
            + " recompile both");
  }
}

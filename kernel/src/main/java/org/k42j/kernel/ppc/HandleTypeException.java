package org.k42j.kernel.ppc;

/**
 * A handle was bound ({@link Ppc#bind}) or looked up as another interface than the one its object
 * was exported as. Bind it as {@link ObjectHandle#exported}.
 */
public final class HandleTypeException extends PpcException {
  private static final long serialVersionUID = 1L;

  HandleTypeException(ObjectHandle handle, Class<?> requested) {
    super(
        "the handle "
            + handle
            + " names an object exported as "
            + handle.exported()
            + ", not "
            + requested.getName()
            + "; bind it as "
            + handle.exported());
  }
}

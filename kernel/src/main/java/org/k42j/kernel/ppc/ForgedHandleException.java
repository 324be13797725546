package org.k42j.kernel.ppc;

/**
 * The handle names no object the kernel ever exported: an unknown slot, a generation not issued
 * yet, or another server or interface than the slot's. Use handles the kernel handed out ({@link
 * Ppc#export}, the name service, PPC results); never build one.
 */
public final class ForgedHandleException extends PpcException {
  private static final long serialVersionUID = 1L;

  ForgedHandleException(ObjectHandle handle, String why) {
    super(
        "the handle "
            + handle
            + " was not issued by the kernel: "
            + why
            + "; use handles from Ppc.export, the name service or PPC results, never build one");
  }
}

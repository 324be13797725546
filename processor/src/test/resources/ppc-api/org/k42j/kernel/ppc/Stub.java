package org.k42j.kernel.ppc;

/** Copy of the stub base: the members generated stubs use, calling through the loopback Ppc. */
public abstract class Stub implements RemoteObject {
  protected static final Object[] NO_ARGS = {};

  private final ObjectHandle handle;
  private final Ppc ppc;

  protected Stub(ObjectHandle handle, Ppc ppc) {
    this.handle = handle;
    this.ppc = ppc;
  }

  @Override
  public final ObjectHandle handle() {
    return handle;
  }

  protected final Ppc ppc() {
    return ppc;
  }

  protected final Object call(int method, Object[] args) {
    return ppc.call(handle, method, args);
  }

  protected final void send(int method, Object[] args) {
    ppc.send(handle, method, args);
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof Stub stub && stub.handle.equals(handle);
  }

  @Override
  public final int hashCode() {
    return handle.hashCode();
  }
}

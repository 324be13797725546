package org.k42j.kernel.ppc;

/**
 * One exported object: its handle, its server, the interface it is exported as, the object and the
 * skeleton that invokes it. Immutable but for {@code revoked}, which {@link ExportTable} sets once
 * (volatile, so every stub's next call sees it).
 */
final class Export {
  final ObjectHandle handle;
  final ServerSpace server;
  final Class<?> exported;
  final Object target;
  final Skeleton<Object> skeleton;
  volatile boolean revoked;

  Export(
      ObjectHandle handle,
      ServerSpace server,
      Class<?> exported,
      Object target,
      Skeleton<Object> skeleton) {
    this.handle = handle;
    this.server = server;
    this.exported = exported;
    this.target = target;
    this.skeleton = skeleton;
  }

  @Override
  public String toString() {
    return handle.toString();
  }
}

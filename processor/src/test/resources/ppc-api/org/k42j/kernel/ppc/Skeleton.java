package org.k42j.kernel.ppc;

/** Copy of the skeleton base: the members generated skeletons use. */
public abstract class Skeleton<T> {
  private final Class<T> exported;
  private final int methodCount;
  private Ppc ppc;

  protected Skeleton(Class<T> exported, int methodCount) {
    this.exported = exported;
    this.methodCount = methodCount;
  }

  public abstract Object invoke(T target, int method, Object[] args) throws Throwable;

  public final Class<T> exported() {
    return exported;
  }

  public final int methodCount() {
    return methodCount;
  }

  protected final BadMethodException badMethod(int method) {
    return new BadMethodException(exported.getName(), method, methodCount);
  }

  protected final Ppc ppc() {
    return ppc;
  }

  final void attach(Ppc facility) {
    this.ppc = facility;
  }
}

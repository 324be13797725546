package org.k42j.kernel.ppc;

/** Copy: generated per exported interface. */
public interface PpcBinding<T> {
  Class<T> exported();

  T stub(ObjectHandle handle, Ppc ppc);

  Skeleton<T> skeleton();
}

package org.k42j.it.roots;

import java.util.List;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.OnRoot;
import org.k42j.annotations.Reduce;

/**
 * A generic contract whose root names its type variable differently ({@link PoolRoot PoolRoot<E>})
 * and has a generic varargs constructor and a generic constructor: the factory's creates read them
 * through {@code T}.
 */
@ClusteredObject
public interface Pool<T> {
  void offer(T item);

  @Gather(reduce = Reduce.SUM)
  int size();

  @OnRoot
  T fallback();

  @OnRoot
  List<T> seeds();
}

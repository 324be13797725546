package sample.pool;

import java.util.List;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.OnRoot;
import org.k42j.annotations.Reduce;

/** Items offered per processor, with a fallback and seeds configured on the root. */
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

package sample.cache;

import java.util.Set;
import java.util.function.Function;
import org.k42j.annotations.Broadcast;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/** A cache whose reps each hold the entries put on their processors. */
@ClusteredObject
public interface Cache<K extends Comparable<K>, V> {
  V get(K key);

  void put(K key, V value);

  <R> R apply(K key, Function<? super V, R> function);

  @Broadcast
  void clear();

  @Gather(reduce = Reduce.SUM)
  int size();

  @Gather(combiner = Union.class)
  Set<K> keys();

  @Gather(combiner = Longest.class)
  String longestValue();

  /** A parameter named like the dispatcher's field for Longest. */
  @Gather(combiner = Longest.class)
  String longestWithPrefix(String LONGEST);
}

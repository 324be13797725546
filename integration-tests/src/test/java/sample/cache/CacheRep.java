package sample.cache;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Rep;

@Rep(concurrency = Concurrency.THREAD_SAFE)
public final class CacheRep<K extends Comparable<K>, V> extends Cache_RepBase<K, V>
    implements Cache<K, V> {
  private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();

  @Override
  public V get(K key) {
    V local = entries.get(key);
    if (local != null) {
      return local;
    }
    for (CacheRep<K, V> sibling : siblings()) {
      V remote = sibling.entries.get(key);
      if (remote != null) {
        return remote;
      }
    }
    return null;
  }

  @Override
  public void put(K key, V value) {
    entries.put(key, value);
  }

  @Override
  public <R> R apply(K key, Function<? super V, R> function) {
    return function.apply(get(key));
  }

  @Override
  public void clear() {
    entries.clear();
  }

  @Override
  public int size() {
    return entries.size();
  }

  @Override
  public Set<K> keys() {
    return new TreeSet<>(entries.keySet());
  }

  @Override
  public String longestValue() {
    String longest = "";
    for (V value : entries.values()) {
      longest = String.valueOf(value).length() > longest.length() ? String.valueOf(value) : longest;
    }
    return longest;
  }

  @Override
  public String longestWithPrefix(String LONGEST) {
    return LONGEST + longestValue();
  }
}

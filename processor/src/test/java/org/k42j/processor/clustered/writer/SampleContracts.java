package org.k42j.processor.clustered.writer;

import com.google.testing.compile.JavaFileObjects;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * User sources that the writer tests compile against code written from hand-built models: the
 * reference counter's contract and rep; a generic cache with a thread-safe rep, a broadcast and
 * combiner gathers; a registry with a user root, an on-root method and a rep taking the root. The
 * same contracts are plain sources of the integration tests, whose golden files hold what the whole
 * processor generates for them.
 */
final class SampleContracts {
  private SampleContracts() {}

  static final Map<String, String> COUNTER =
      sources(
          "sample.counter.Counter",
          """
          package sample.counter;

          import org.k42j.annotations.Broadcast;
          import org.k42j.annotations.ClusteredObject;
          import org.k42j.annotations.Gather;
          import org.k42j.annotations.Reduce;

          @ClusteredObject
          public interface Counter {
            void increment();

            void add(long delta);

            @Gather(reduce = Reduce.SUM)
            long value();

            @Broadcast
            void reset();
          }
          """,
          "sample.counter.CounterRep",
          """
          package sample.counter;

          import java.util.List;
          import org.k42j.annotations.Concurrency;
          import org.k42j.annotations.ExportState;
          import org.k42j.annotations.ImportState;
          import org.k42j.annotations.Rep;

          @Rep(concurrency = Concurrency.EXCLUSIVE)
          public final class CounterRep extends Counter_RepBase implements Counter {
            private long count;

            @ExportState
            long exportCount() {
              return count;
            }

            @ImportState
            void importCounts(List<Long> exported) {
              for (long exportedCount : exported) {
                count += exportedCount;
              }
            }

            @Override
            public void increment() {
              count++;
            }

            @Override
            public void add(long delta) {
              count += delta;
            }

            @Override
            public long value() {
              return count;
            }

            @Override
            public void reset() {
              count = 0;
            }
          }
          """);

  static final Map<String, String> CACHE =
      sources(
          "sample.cache.Cache",
          """
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
          """,
          "sample.cache.Union",
          """
          package sample.cache;

          import java.util.Set;
          import java.util.TreeSet;
          import org.k42j.annotations.Combiner;

          /** Unites sets; generic, so the dispatcher holds it raw. */
          public final class Union<E> implements Combiner<Set<E>> {
            @Override
            public Set<E> identity() {
              return Set.of();
            }

            @Override
            public Set<E> combine(Set<E> accumulated, Set<E> next) {
              Set<E> union = new TreeSet<>(accumulated);
              union.addAll(next);
              return union;
            }
          }
          """,
          "sample.cache.Longest",
          """
          package sample.cache;

          import org.k42j.annotations.Combiner;

          /** Keeps the longest string (the first of equal ones). */
          public final class Longest implements Combiner<String> {
            @Override
            public String identity() {
              return "";
            }

            @Override
            public String combine(String accumulated, String next) {
              return next.length() > accumulated.length() ? next : accumulated;
            }
          }
          """,
          "sample.cache.CacheRep",
          """
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
          """);

  static final Map<String, String> REGISTRY =
      sources(
          "sample.registry.Registry",
          """
          package sample.registry;

          import org.k42j.annotations.ClusteredObject;
          import org.k42j.annotations.Gather;
          import org.k42j.annotations.OnRoot;
          import org.k42j.annotations.Reduce;

          /** Hands out one id per name; names are shared on the root, lookups cached per node. */
          @ClusteredObject
          public interface Registry {
            long idOf(String name);

            @OnRoot
            int registeredNames();

            @Gather(reduce = Reduce.SUM)
            long lookups();
          }
          """,
          "sample.registry.RegistryRoot",
          """
          package sample.registry;

          import java.util.concurrent.ConcurrentHashMap;
          import java.util.concurrent.atomic.AtomicLong;
          import org.k42j.annotations.Root;

          @Root
          public class RegistryRoot extends Registry_RootBase {
            final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();
            final AtomicLong next = new AtomicLong();

            public int registeredNames() {
              return ids.size();
            }
          }
          """,
          "sample.registry.RegistryRep",
          """
          package sample.registry;

          import java.util.HashMap;
          import java.util.Map;
          import org.k42j.annotations.Policy;
          import org.k42j.annotations.Rep;

          @Rep(policy = Policy.PER_NODE, root = RegistryRoot.class)
          public final class RegistryRep extends Registry_RepBase implements Registry {
            private final RegistryRoot shared;
            private final Map<String, Long> cached = new HashMap<>();
            private long lookups;

            public RegistryRep(RegistryRoot shared) {
              this.shared = shared;
            }

            @Override
            public long idOf(String name) {
              lookups++;
              return cached.computeIfAbsent(
                  name, key -> shared.ids.computeIfAbsent(key, k -> shared.next.incrementAndGet()));
            }

            @Override
            public int registeredNames() {
              return shared.registeredNames();
            }

            @Override
            public long lookups() {
              return lookups;
            }
          }
          """);

  /** The sources of {@code contract} as compilation units. */
  static JavaFileObject[] files(Map<String, String> contract) {
    return contract.entrySet().stream()
        .map(entry -> JavaFileObjects.forSourceString(entry.getKey(), entry.getValue()))
        .toArray(JavaFileObject[]::new);
  }

  private static Map<String, String> sources(String... namesAndSources) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (int i = 0; i < namesAndSources.length; i += 2) {
      sources.put(namesAndSources[i], namesAndSources[i + 1]);
    }
    return sources;
  }
}

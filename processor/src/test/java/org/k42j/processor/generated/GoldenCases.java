package org.k42j.processor.generated;

import java.util.List;

/**
 * The representative contracts whose generated files are kept as golden files, whose compiled code
 * the behaviour tests run, and whose sources the writer tests compile with hand-built models: the
 * reference counter (with a state transfer for hot swapping, and a second rep class, a
 * {@code @RepVersion}); a generic cache with a thread-safe rep, a broadcast and combiner gathers
 * (one with a parameter named like a combiner field); a registry with a user root, an on-root
 * method and a rep taking the root; a package-private nested journal with overloads, varargs,
 * checked exceptions, a default method and a superinterface; a gauge with per-cluster reps and
 * every kind of built-in reduction; a generic pool whose root is configured through constructors
 * (generic, varargs, throwing, private) and whose rep has no bodies for the on-root methods.
 *
 * <p>The cases live in packages {@code sample.<case>}, never {@code golden.<case>}: the golden
 * files are on the test class path as {@code golden/<case>/*.java}, where javac would find them as
 * sources of a {@code golden.<case>} package and compile them implicitly.
 */
public final class GoldenCases {
  private GoldenCases() {}

  public static final GoldenCase COUNTER =
      GoldenCase.of(
          "counter",
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
          """,
          "sample.counter.StripedCounterRep",
          """
          package sample.counter;

          import java.util.List;
          import org.k42j.annotations.ExportState;
          import org.k42j.annotations.ImportState;
          import org.k42j.annotations.RepVersion;

          /** A second version of the counter's rep: its count is an imported base plus its own. */
          @RepVersion(of = CounterRep.class)
          public final class StripedCounterRep extends Counter_RepBase implements Counter {
            private long imported;
            private long counted;

            @ExportState
            long exportCount() {
              return imported + counted;
            }

            @ImportState
            void importCounts(List<Long> exported) {
              for (long exportedCount : exported) {
                imported += exportedCount;
              }
            }

            @Override
            public void increment() {
              counted++;
            }

            @Override
            public void add(long delta) {
              counted += delta;
            }

            @Override
            public long value() {
              return imported + counted;
            }

            @Override
            public void reset() {
              imported = 0;
              counted = 0;
            }
          }
          """);

  public static final GoldenCase CACHE =
      GoldenCase.of(
          "cache",
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

  public static final GoldenCase REGISTRY =
      GoldenCase.of(
          "registry",
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

  public static final GoldenCase JOURNAL =
      GoldenCase.of(
          "journal",
          "sample.journal.Named",
          """
          package sample.journal;

          interface Named {
            String name();
          }
          """,
          "sample.journal.Outer",
          """
          package sample.journal;

          import java.io.IOException;
          import java.util.List;
          import java.util.concurrent.TimeoutException;
          import org.k42j.annotations.Broadcast;
          import org.k42j.annotations.ClusteredObject;
          import org.k42j.annotations.Gather;
          import org.k42j.annotations.Reduce;

          class Outer {
            /** A per-processor log of lines. */
            @ClusteredObject
            interface Log extends Named {
              void append(String line);

              void append(int level, String line);

              void appendf(String format, Object... args);

              String read(int index) throws IOException, TimeoutException;

              <T extends Comparable<T>> T least(List<T> values);

              default void appendAll(String... lines) {
                for (String line : lines) {
                  append(line);
                }
              }

              @Gather(reduce = Reduce.SUM)
              long count(String prefix) throws IOException;

              @Broadcast
              void mark(String marker);
            }
          }
          """,
          "sample.journal.LogRep",
          """
          package sample.journal;

          import java.io.IOException;
          import java.util.ArrayList;
          import java.util.Collections;
          import java.util.List;
          import java.util.concurrent.TimeoutException;
          import org.k42j.annotations.Rep;

          @Rep
          final class LogRep extends Outer_Log_RepBase implements Outer.Log {
            /** The last exception a read threw, so a test can check the caller got this one. */
            static volatile Exception lastThrown;

            /** The last varargs array appendf received. */
            static volatile Object[] lastArgs;

            private final List<String> lines = new ArrayList<>();

            @Override
            public void append(String line) {
              lines.add(line);
            }

            @Override
            public void append(int level, String line) {
              lines.add("[" + level + "] " + line);
            }

            @Override
            public void appendf(String format, Object... args) {
              lastArgs = args;
              lines.add(String.format(format, args));
            }

            @Override
            public String read(int index) throws IOException, TimeoutException {
              if (index < 0) {
                TimeoutException timeout = new TimeoutException("negative index " + index);
                lastThrown = timeout;
                throw timeout;
              }
              if (index >= lines.size()) {
                IOException missing = new IOException("no line " + index);
                lastThrown = missing;
                throw missing;
              }
              return lines.get(index);
            }

            @Override
            public <T extends Comparable<T>> T least(List<T> values) {
              return Collections.min(values);
            }

            @Override
            public long count(String prefix) throws IOException {
              return lines.stream().filter(line -> line.startsWith(prefix)).count();
            }

            @Override
            public void mark(String marker) {
              lines.add(marker);
            }

            @Override
            public String name() {
              return "journal";
            }
          }
          """,
          "sample.journal.Journals",
          """
          package sample.journal;

          /** Package-private contracts are reached through code in their package. */
          public final class Journals {
            private Journals() {}

            public static Object create() {
              return Outer_Log_Factory.create();
            }
          }
          """);

  public static final GoldenCase GAUGE =
      GoldenCase.of(
          "gauge",
          "sample.gauge.Gauge",
          """
          package sample.gauge;

          import org.k42j.annotations.ClusteredObject;
          import org.k42j.annotations.Gather;
          import org.k42j.annotations.Reduce;

          /** Readings kept per cluster of processors, folded on demand. */
          @ClusteredObject
          public interface Gauge {
            void record(double reading);

            @Gather(reduce = Reduce.MIN)
            double lowest();

            @Gather(reduce = Reduce.MAX)
            Double highest();

            @Gather(reduce = Reduce.SUM)
            Long readings();

            @Gather(reduce = Reduce.MAX)
            int busiest();

            @Gather(reduce = Reduce.ALL)
            boolean allCalm();

            @Gather(reduce = Reduce.ANY)
            Boolean anyAlarm();
          }
          """,
          "sample.gauge.GaugeRep",
          """
          package sample.gauge;

          import org.k42j.annotations.Policy;
          import org.k42j.annotations.Rep;

          @Rep(policy = Policy.PER_CLUSTER, clusterSize = 2)
          public final class GaugeRep extends Gauge_RepBase implements Gauge {
            private double lowest = Double.POSITIVE_INFINITY;
            private double highest = Double.NEGATIVE_INFINITY;
            private int readings;

            @Override
            public void record(double reading) {
              lowest = Math.min(lowest, reading);
              highest = Math.max(highest, reading);
              readings++;
            }

            @Override
            public double lowest() {
              return lowest;
            }

            @Override
            public Double highest() {
              return highest;
            }

            @Override
            public Long readings() {
              return (long) readings;
            }

            @Override
            public int busiest() {
              return readings;
            }

            @Override
            public boolean allCalm() {
              return highest < 100;
            }

            @Override
            public Boolean anyAlarm() {
              return highest >= 100;
            }
          }
          """);

  public static final GoldenCase POOL =
      GoldenCase.of(
          "pool",
          "sample.pool.Pool",
          """
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
          """,
          "sample.pool.PoolRoot",
          """
          package sample.pool;

          import java.io.IOException;
          import java.nio.file.Files;
          import java.nio.file.Path;
          import java.util.ArrayList;
          import java.util.List;
          import java.util.function.Function;
          import org.k42j.annotations.Root;

          @Root
          public final class PoolRoot<E> extends Pool_RootBase<E> {
            private final E fallback;
            private final List<E> seeds;

            @SafeVarargs
            public PoolRoot(E fallback, E... seeds) {
              List<E> copy = new ArrayList<>();
              for (E seed : seeds) {
                copy.add(seed);
              }
              this.fallback = fallback;
              this.seeds = List.copyOf(copy);
            }

            public <S extends CharSequence> PoolRoot(S label, Function<? super S, ? extends E> parse) {
              this(parse.apply(label));
            }

            PoolRoot(Path file, Function<String, ? extends E> parse) throws IOException {
              this(parse.apply(Files.readString(file)));
            }

            private PoolRoot() {
              this(null);
            }

            public E fallback() {
              return fallback;
            }

            public List<E> seeds() {
              return seeds;
            }
          }
          """,
          "sample.pool.PoolRep",
          """
          package sample.pool;

          import java.util.ArrayList;
          import java.util.List;
          import org.k42j.annotations.Rep;

          @Rep(root = PoolRoot.class)
          public final class PoolRep<T> extends Pool_RepBase<T> implements Pool<T> {
            private final List<T> items = new ArrayList<>();

            @Override
            public void offer(T item) {
              items.add(item);
            }

            @Override
            public int size() {
              return items.size();
            }
          }
          """);

  public static List<GoldenCase> all() {
    return List.of(COUNTER, CACHE, REGISTRY, JOURNAL, GAUGE, POOL);
  }
}

package org.k42j.processor.writer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.k42j.processor.writer.Models.broadcast;
import static org.k42j.processor.writer.Models.combined;
import static org.k42j.processor.writer.Models.dispatch;
import static org.k42j.processor.writer.Models.gather;
import static org.k42j.processor.writer.Models.param;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Reduce;
import org.k42j.processor.model.ContractModel;
import org.k42j.processor.model.MethodModel;

/**
 * A generic contract {@code Cache<K extends Comparable<K>, V>} with a thread-safe rep, a generic
 * method, a broadcast, a built-in gather and gathers through a generic and a plain combiner.
 */
class GenericContractTest {
  static final TypeVariableName K =
      TypeVariableName.get(
          "K", ParameterizedTypeName.get(ClassName.get(Comparable.class), TypeVariableName.get("K")));
  static final TypeVariableName V = TypeVariableName.get("V");
  static final TypeVariableName R = TypeVariableName.get("R");

  static final ContractModel CACHE =
      Models.contract("cache", "Cache")
          .typeVariables(K, V)
          .threadSafe()
          .methods(
              dispatch("get", V, param(TypeVariableName.get("K"), "key")),
              dispatch("put", TypeName.VOID, param(TypeVariableName.get("K"), "key"), param(V, "value")),
              new MethodModel(
                  "apply",
                  List.of(R),
                  R,
                  List.of(
                      param(TypeVariableName.get("K"), "key"),
                      param(
                          ParameterizedTypeName.get(
                              ClassName.get(Function.class), WildcardTypeName.supertypeOf(V), R),
                          "function")),
                  false,
                  List.of(),
                  MethodModel.Kind.DISPATCH,
                  Reduce.NONE,
                  null,
                  null),
              broadcast("clear"),
              gather("size", TypeName.INT, Reduce.SUM),
              combined(
                  "keys",
                  ParameterizedTypeName.get(ClassName.get(Set.class), TypeVariableName.get("K")),
                  ClassName.get("cache", "Union")),
              combined("longestValueName", ClassName.get(String.class), ClassName.get("cache", "Longest")),
              combined(
                  "longestWithPrefix",
                  ClassName.get(String.class),
                  ClassName.get("cache", "Longest"),
                  param(ClassName.get(String.class), "LONGEST")))
          .build();

  static final String[] SOURCES = {
    "cache.Cache",
    """
    package cache;

    import java.util.Set;
    import java.util.function.Function;
    import org.k42j.annotations.Broadcast;
    import org.k42j.annotations.ClusteredObject;
    import org.k42j.annotations.Gather;
    import org.k42j.annotations.Reduce;

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
      String longestValueName();

      @Gather(combiner = Longest.class)
      String longestWithPrefix(String LONGEST);
    }
    """,
    "cache.Union",
    """
    package cache;

    import java.util.HashSet;
    import java.util.Set;
    import org.k42j.annotations.Combiner;

    public final class Union<E> implements Combiner<Set<E>> {
      @Override
      public Set<E> identity() {
        return Set.of();
      }

      @Override
      public Set<E> combine(Set<E> accumulated, Set<E> next) {
        Set<E> union = new HashSet<>(accumulated);
        union.addAll(next);
        return union;
      }
    }
    """,
    "cache.Longest",
    """
    package cache;

    import org.k42j.annotations.Combiner;

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
    "cache.CacheRep",
    """
    package cache;

    import java.util.HashSet;
    import java.util.Set;
    import java.util.concurrent.ConcurrentHashMap;
    import java.util.function.Function;
    import org.k42j.annotations.Concurrency;
    import org.k42j.annotations.Rep;

    @Rep(concurrency = Concurrency.THREAD_SAFE)
    public final class CacheRep<K extends Comparable<K>, V> extends Cache_RepBase<K, V>
        implements Cache<K, V> {
      private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();

      @Override
      public V get(K key) {
        V local = map.get(key);
        if (local != null) {
          return local;
        }
        for (CacheRep<K, V> sibling : siblings()) {
          V remote = sibling.map.get(key);
          if (remote != null) {
            return remote;
          }
        }
        return null;
      }

      @Override
      public void put(K key, V value) {
        map.put(key, value);
      }

      @Override
      public <R> R apply(K key, Function<? super V, R> function) {
        return function.apply(get(key));
      }

      @Override
      public void clear() {
        map.clear();
      }

      @Override
      public int size() {
        return map.size();
      }

      @Override
      public Set<K> keys() {
        return new HashSet<>(map.keySet());
      }

      @Override
      public String longestValueName() {
        String longest = "";
        for (V value : map.values()) {
          if (String.valueOf(value).length() > longest.length()) {
            longest = String.valueOf(value);
          }
        }
        return longest;
      }

      @Override
      public String longestWithPrefix(String LONGEST) {
        return LONGEST + longestValueName();
      }
    }
    """
  };

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation = Compilations.compile(new WritingProcessor(CACHE), SOURCES);
  }

  @Test
  void genericContractCompilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void threadSafeRepGetsNoGuardAndRootBaseReturnsTheRepItself() {
    assertFalse(compilation.generatedSourceFile("cache.Cache_Guard").isPresent());
    assertTrue(
        Compilations.source(compilation, "cache.Cache_RootBase")
            .contains("protected final Cache<K, V> guard(CacheRep<K, V> rep) {\n    return rep;"));
  }

  @Test
  void everyGeneratedTypeDeclaresTheContractTypeVariablesWithBounds() {
    for (String suffix : List.of("Dispatcher", "Miss", "RootBase", "Root", "RepBase")) {
      String source = Compilations.source(compilation, "cache.Cache_" + suffix);
      assertTrue(
          source.contains("class Cache_" + suffix + "<K extends Comparable<K>, V>"), source);
    }
  }

  @Test
  void rowIsCreatedAsAnErasedArrayUnderANarrowSuppression() {
    String rootBase = Compilations.source(compilation, "cache.Cache_RootBase");
    assertTrue(
        rootBase.contains(
            "@SuppressWarnings(\"unchecked\") Cache<K, V>[] row = (Cache<K, V>[]) new Cache<?, ?>[length];"),
        rootBase);
  }

  @Test
  void factoryAndDispatcherInferTheTypeArguments() {
    assertTrue(
        Compilations.source(compilation, "cache.Cache_Factory")
            .contains(
                "public static <K extends Comparable<K>, V> Cache<K, V> create() {\n"
                    + "    return new Cache_Dispatcher<>(new Cache_Root<K, V>());"));
    assertTrue(
        Compilations.source(compilation, "cache.Cache_Dispatcher")
            .contains("this(new Cache_Root<>());"));
  }

  @Test
  void genericCombinerIsHeldRawAndViewedThroughTheResultType() {
    String dispatcher = Compilations.source(compilation, "cache.Cache_Dispatcher");
    assertTrue(
        dispatcher.contains(
            "@SuppressWarnings(\"rawtypes\")\n  private static final Union UNION = new Union();"),
        dispatcher);
    assertTrue(dispatcher.contains("Combiner<Set<K>> combiner = UNION;"), dispatcher);
    assertTrue(dispatcher.contains("result = combiner.combine(result, rep.keys());"), dispatcher);
    assertTrue(
        dispatcher.contains("private static final Longest LONGEST = new Longest();"), dispatcher);
    assertTrue(dispatcher.contains("String result = LONGEST.identity();"), dispatcher);
  }

  @Test
  void combinerFieldShadowedByAParameterIsReadThroughTheDispatcher() {
    String dispatcher = Compilations.source(compilation, "cache.Cache_Dispatcher");
    assertTrue(
        dispatcher.contains(
            "result = Cache_Dispatcher.LONGEST.combine(result, rep.longestWithPrefix(LONGEST));"),
        dispatcher);
  }
}

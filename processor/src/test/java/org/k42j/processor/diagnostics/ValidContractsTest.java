package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.k42j.processor.diagnostics.Fixtures.assertGenerated;
import static org.k42j.processor.diagnostics.Fixtures.assertNothingGeneratedFor;
import static org.k42j.processor.diagnostics.Fixtures.compile;
import static org.k42j.processor.diagnostics.Fixtures.compileWith;
import static org.k42j.processor.diagnostics.Fixtures.counter;
import static org.k42j.processor.diagnostics.Fixtures.counterRep;
import static org.k42j.processor.diagnostics.Fixtures.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.util.List;
import javax.lang.model.SourceVersion;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.k42j.processor.ClusteredObjectProcessor;

/**
 * Valid contracts of every supported shape compile with the processor and the writer: no error, no
 * warning, the generated types present and shaped by the validated model.
 */
class ValidContractsTest {
  private static String generatedSource(Fixtures.Result result, String name) throws IOException {
    return result
        .compilation()
        .generatedSourceFile(name)
        .orElseThrow(() -> new AssertionError(name + " was not generated"))
        .getCharContent(true)
        .toString();
  }

  /** Compiles {@code sources} with the k42j processor and every lint warning on. */
  private static Compilation compileLinted(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new RecordingProcessor())
        .withOptions("-Xlint:all,-processing")
        .compile(sources);
  }

  private static String generatedSource(Compilation compilation, String name) throws IOException {
    return compilation
        .generatedSourceFile(name)
        .orElseThrow(() -> new AssertionError(name + " was not generated"))
        .getCharContent(true)
        .toString();
  }

  @Test
  void processorSupportsTheLatestSourceVersion() {
    assertThat(new ClusteredObjectProcessor().getSupportedSourceVersion())
        .isEqualTo(SourceVersion.latestSupported());
  }

  @Test
  void counterWithRepCompilesWithoutWarnings() {
    Fixtures.Result result = compile(counter(), counterRep());
    assertThat(result.compilation()).succeededWithoutWarnings();
    assertGenerated(result, "test.Counter");
    assertThat(result.created()).contains("META-INF/services/test.Counter");
  }

  @Test
  void inheritedGenericOverloadedVarargsAndThrowingMethodsAreImplementedInContractOrder()
      throws IOException {
    JavaFileObject store =
        source(
            "test.Store",
            """
            package test;

            public interface Store<T> {
              T get(String key);

              <U extends T> void put(String key, U value);

              default int size() {
                return 0;
              }
            }
            """);
    JavaFileObject names =
        source(
            "test.Names",
            """
            package test;

            import java.io.IOException;
            import java.nio.file.Path;
            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Names extends Store<String> {
              static Names create() {
                return Names_Factory.create();
              }

              @Broadcast
              void clear();

              String get(int index);

              @Override
              String get(String key);

              void addAll(String... names);

              void load(Path path) throws IOException;

              @Override
              String toString();
            }
            """);
    JavaFileObject rep =
        source(
            "test.NamesRep",
            """
            package test;

            import java.nio.file.Path;
            import org.k42j.annotations.*;

            @Rep(concurrency = Concurrency.THREAD_SAFE)
            final class NamesRep implements Names {
              public void clear() {}

              public String get(int index) { return null; }

              public String get(String key) { return null; }

              public <U extends String> void put(String key, U value) {}

              public void addAll(String... names) {}

              public void load(Path path) throws java.io.IOException {}
            }
            """);

    Fixtures.Result result = compile(store, names, rep);

    assertThat(result.compilation()).succeededWithoutWarnings();
    String dispatcher = generatedSource(result, "test.Names_Dispatcher");
    List<String> inOrder =
        List.of(
            "public void clear()",
            "public String get(int index)",
            "public String get(String key)",
            "public void addAll(String... names)",
            "public void load(Path path) throws IOException",
            "public <U extends String> void put(String key, U value)");
    int previous = -1;
    for (String method : inOrder) {
      int at = dispatcher.indexOf(method);
      assertThat(at).isGreaterThan(previous);
      assertThat(dispatcher.indexOf(method, at + 1)).isEqualTo(-1);
      previous = at;
    }
    assertThat(dispatcher).doesNotContain("toString()");
    assertThat(dispatcher).doesNotContain("create()");
    // The inherited default size() the rep does not override runs its body on the dispatcher.
    assertThat(dispatcher).doesNotContain("size()");
  }

  @Test
  void userRootOnRootMethodCombinerAndRepTakingTheRootCompile() throws IOException {
    JavaFileObject registry =
        source(
            "test.Registry",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Registry {
              long register(String name);

              @OnRoot
              int size();

              @Gather(combiner = Longest.class)
              Integer longest();
            }
            """);
    JavaFileObject longest =
        source(
            "test.Longest",
            """
            package test;

            import org.k42j.annotations.Combiner;

            public final class Longest implements Combiner<Integer> {
              public Integer identity() { return 0; }

              public Integer combine(Integer a, Integer b) { return Math.max(a, b); }
            }
            """);
    JavaFileObject rep =
        source(
            "test.RegistryRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep(policy = Policy.PER_CLUSTER, clusterSize = 4, concurrency = Concurrency.THREAD_SAFE, root = RegistryRoot.class)
            final class RegistryRep extends Registry_RepBase implements Registry {
              private final RegistryRoot shared;

              RegistryRep(RegistryRoot shared) {
                this.shared = shared;
              }

              public long register(String name) {
                return shared.ids.computeIfAbsent(name, n -> (long) shared.ids.size());
              }

              public int size() { return shared.size(); }

              public Integer longest() { return 0; }
            }
            """);
    JavaFileObject root =
        source(
            "test.RegistryRoot",
            """
            package test;

            import java.util.concurrent.ConcurrentHashMap;
            import org.k42j.annotations.*;

            @Root
            class RegistryRoot extends Registry_RootBase {
              final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();

              public int size() { return ids.size(); }
            }
            """);

    Fixtures.Result result = compile(registry, longest, rep, root);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.created()).doesNotContain("test.Registry_Root");
    String rootBase = generatedSource(result, "test.Registry_RootBase");
    assertThat(rootBase).contains("new RegistryRep((RegistryRoot) this)");
    assertThat(rootBase).contains("Policy.PER_CLUSTER, 4, Concurrency.THREAD_SAFE");
    assertThat(generatedSource(result, "test.Registry_Dispatcher")).contains("root.size()");
  }

  @Test
  void genericOnRootMethodsMatchRootMethodsThatNameTheirTypeVariablesDifferently()
      throws IOException {
    JavaFileObject lookup =
        source(
            "test.Lookup",
            """
            package test;

            import java.util.List;
            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Lookup {
              @OnRoot
              <T extends Number> List<T> all(Class<T> type);

              @OnRoot
              <E extends Exception> void check(Class<E> failure) throws E;

              void hit();
            }
            """);
    JavaFileObject rep =
        source(
            "test.LookupRep",
            """
            package test;

            import java.util.List;
            import org.k42j.annotations.*;

            @Rep(root = LookupRoot.class)
            final class LookupRep implements Lookup {
              public <T extends Number> List<T> all(Class<T> type) { return List.of(); }

              public <E extends Exception> void check(Class<E> failure) throws E {}

              public void hit() {}
            }
            """);
    JavaFileObject root =
        source(
            "test.LookupRoot",
            """
            package test;

            import java.util.ArrayList;
            import org.k42j.annotations.*;

            @Root
            class LookupRoot extends Lookup_RootBase {
              public <N extends Number> ArrayList<N> all(Class<N> type) { return new ArrayList<>(); }

              public <X extends Exception> void check(Class<X> failure) throws X {}
            }
            """);

    Fixtures.Result result = compile(lookup, rep, root);

    assertThat(result.compilation()).succeededWithoutWarnings();
    String dispatcher = generatedSource(result, "test.Lookup_Dispatcher");
    assertThat(dispatcher).contains("return root.all(type);");
    assertThat(dispatcher).contains("root.check(failure);");
  }

  @Test
  void genericRootsPassingTheirOwnTypeVariablesDirectlyOrThroughTheirOwnBaseCompile()
      throws IOException {
    JavaFileObject cache =
        source(
            "test.Cache",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Cache<K, V> {
              V get(K key);

              @OnRoot
              int capacity();
            }
            """);
    JavaFileObject rep =
        source(
            "test.CacheRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep(root = CacheRoot.class)
            final class CacheRep<A, B> implements Cache<A, B> {
              public B get(A key) { return null; }

              public int capacity() { return 0; }
            }
            """);
    JavaFileObject shared =
        source(
            "test.Shared",
            """
            package test;

            abstract class Shared<X, Y> extends Cache_RootBase<X, Y> {
              public int capacity() { return 16; }
            }
            """);
    JavaFileObject root =
        source(
            "test.CacheRoot",
            """
            package test;

            import org.k42j.annotations.*;

            @Root
            class CacheRoot<P, Q> extends Shared<P, Q> {}
            """);
    JavaFileObject index =
        source(
            "test.Index",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Index<K> {
              void hit(K key);
            }
            """);
    JavaFileObject indexRep =
        source(
            "test.IndexRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep(root = IndexRoot.class)
            final class IndexRep<K> implements Index<K> {
              public void hit(K key) {}
            }
            """);
    JavaFileObject indexRoot =
        source(
            "test.IndexRoot",
            """
            package test;

            import org.k42j.annotations.*;

            @Root
            class IndexRoot<T> extends Index_RootBase<T> {}
            """);

    Fixtures.Result result = compile(cache, rep, shared, root, index, indexRep, indexRoot);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(generatedSource(result, "test.Cache_Dispatcher"))
        .contains("return root.capacity();");
    assertThat(generatedSource(result, "test.Index_Factory")).contains("new IndexRoot<K>()");
  }

  @Test
  void sealedContractPermittingTheGeneratedClassesCompiles() {
    JavaFileObject gate =
        source(
            "test.Gate",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public sealed interface Gate permits GateRep, Gate_Dispatcher, Gate_Miss, Gate_Guard {
              void open();
            }
            """);
    JavaFileObject rep =
        source(
            "test.GateRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class GateRep implements Gate {
              public void open() {}
            }
            """);
    JavaFileObject valve =
        source(
            "test.Valve",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            sealed interface Valve permits ValveRep, Valve_Dispatcher, Valve_Miss {
              void open();
            }
            """);
    JavaFileObject valveRep =
        source(
            "test.ValveRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep(concurrency = Concurrency.THREAD_SAFE)
            final class ValveRep implements Valve {
              public void open() {}
            }
            """);

    Fixtures.Result result = compile(gate, rep, valve, valveRep);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertGenerated(result, "test.Gate");
    assertGenerated(result, "test.Valve");
  }

  @Test
  void memberTypesAndParametersNamedLikeTypesTheGeneratedCodeUsesAreNamedQualified()
      throws IOException {
    JavaFileObject machine =
        source(
            "test.Machine",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Machine {
              final class Processors {}

              final class Math {}

              @interface Override {}

              void run();

              @Gather(reduce = Reduce.MAX)
              int load();

              @Gather(reduce = Reduce.MIN)
              long least(String Math, int Long);

              void label(String Processors);
            }
            """);
    JavaFileObject rep =
        source(
            "test.MachineRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class MachineRep implements Machine {
              public void run() {}

              public int load() { return 1; }

              public long least(String Math, int Long) { return Long; }

              public void label(String Processors) {}
            }
            """);

    Fixtures.Result result = compile(machine, rep);

    assertThat(result.compilation()).succeededWithoutWarnings();
    String dispatcher = generatedSource(result, "test.Machine_Dispatcher");
    // The contract's Override would otherwise silently replace java.lang.Override.
    assertThat(dispatcher).contains("@java.lang.Override\n  public void run()");
    assertThat(dispatcher).doesNotContain("@Override");
    assertThat(dispatcher).contains("org.k42j.runtime.Processors.current()");
    assertThat(dispatcher).contains("result = java.lang.Math.max(result, rep.load());");
    assertThat(dispatcher).contains("long result = java.lang.Long.MAX_VALUE;");
    assertThat(dispatcher).contains("result = java.lang.Math.min(result, rep.least(Math, Long));");
    String miss = generatedSource(result, "test.Machine_Miss");
    assertThat(miss)
        .contains("core.miss(org.k42j.runtime.Processors.current()).label(Processors);");
  }

  @Test
  void deprecatedAndGenericVarargsMethodsGenerateNothingThatWarnsUnderXlintAll()
      throws IOException {
    JavaFileObject store =
        source(
            "test.Store",
            """
            package test;

            import java.util.Set;
            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Store<K> {
              @Deprecated
              void old();

              @Deprecated(since = "2", forRemoval = true)
              void gone();

              @SuppressWarnings("unchecked")
              void putAll(K... keys);

              @SuppressWarnings("unchecked")
              @Gather(combiner = Union.class)
              Set<K> present(K... keys);
            }
            """);
    JavaFileObject union =
        source(
            "test.Union",
            """
            package test;

            import java.util.HashSet;
            import java.util.Set;
            import org.k42j.annotations.Combiner;

            public final class Union<E> implements Combiner<Set<E>> {
              public Set<E> identity() { return Set.of(); }

              public Set<E> combine(Set<E> a, Set<E> b) {
                Set<E> all = new HashSet<>(a);
                all.addAll(b);
                return all;
              }
            }
            """);
    JavaFileObject rep =
        source(
            "test.StoreRep",
            """
            package test;

            import java.util.Set;
            import org.k42j.annotations.*;

            @Rep
            final class StoreRep<K> implements Store<K> {
              @Deprecated
              public void old() {}

              @Deprecated(since = "2", forRemoval = true)
              @SuppressWarnings("removal")
              public void gone() {}

              @SafeVarargs
              public final void putAll(K... keys) {}

              @SafeVarargs
              public final Set<K> present(K... keys) { return Set.of(); }
            }
            """);

    Compilation compilation = compileLinted(store, union, rep);

    assertThat(compilation).succeededWithoutWarnings();
    String dispatcher = generatedSource(compilation, "test.Store_Dispatcher");
    assertThat(dispatcher).contains("@Override\n  @Deprecated\n  public void old() {");
    assertThat(dispatcher)
        .contains(
            "@Override\n  @Deprecated(\n      since = \"2\",\n      forRemoval = true\n  )\n"
                + "  @SuppressWarnings(\"removal\")\n  public void gone() {");
    assertThat(dispatcher)
        .contains(
            "@Override\n  @SuppressWarnings(\"unchecked\")\n  public void putAll(K... keys) {");
    assertThat(dispatcher)
        .contains(
            "@Override\n  @SuppressWarnings(\"unchecked\")\n  public Set<K> present(K... keys) {");
  }

  @Test
  void boundedGenericMethodsWildcardArraysAndGenericVarargsCompileWithoutWarnings()
      throws IOException {
    JavaFileObject store =
        source(
            "test.Store",
            """
            package test;

            import java.util.List;
            import java.util.Map;
            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Store<K extends Comparable<K>, V> {
              void put(K key, V value);

              <T extends Number & Comparable<T>> T max(List<? extends T> values);

              List<? super V>[] arrays(Map<? extends K, ?>[] maps);

              @Gather(reduce = Reduce.SUM)
              int size();

              @SuppressWarnings("unchecked")
              void putAll(K... keys);
            }
            """);
    JavaFileObject rep =
        source(
            "test.StoreRep",
            """
            package test;

            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import org.k42j.annotations.*;

            @Rep
            final class StoreRep<K extends Comparable<K>, V> extends Store_RepBase<K, V>
                implements Store<K, V> {
              private final Map<K, V> entries = new HashMap<>();

              public void put(K key, V value) { entries.put(key, value); }

              public <T extends Number & Comparable<T>> T max(List<? extends T> values) {
                return values.get(0);
              }

              public List<? super V>[] arrays(Map<? extends K, ?>[] maps) { return null; }

              public int size() { return entries.size(); }

              @SafeVarargs
              public final void putAll(K... keys) {}
            }
            """);

    Compilation compilation = compileLinted(store, rep);

    assertThat(compilation).succeededWithoutWarnings();
    String dispatcher = generatedSource(compilation, "test.Store_Dispatcher");
    assertThat(dispatcher)
        .contains(
            "public <T extends Number & Comparable<T>> T max(List<? extends T> values) {\n"
                + "    return rep().max(values);");
    assertThat(dispatcher)
        .contains(
            "public List<? super V>[] arrays(Map<? extends K, ?>[] maps) {\n"
                + "    return rep().arrays(maps);");
    assertThat(generatedSource(compilation, "test.Store_Guard"))
        .contains("class Store_Guard<K extends Comparable<K>, V>");
  }

  @Test
  void combinersOfPrimitiveBoxedGenericAndArrayResultsCompileWithoutWarnings() throws IOException {
    JavaFileObject stat =
        source(
            "test.Stat",
            """
            package test;

            import java.util.List;
            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Stat<T extends Comparable<T>> {
              @Gather(combiner = IntMax.class)
              int maxInt();

              @Gather(combiner = IntMax.class)
              Integer maxBoxed();

              @Gather(combiner = Top.class)
              T top();

              @Gather(combiner = Concat.class)
              List<String>[] lists();

              @Gather(combiner = BoolAnd.class)
              boolean ok();
            }
            """);
    JavaFileObject intMax =
        source(
            "test.IntMax",
            """
            package test;

            import org.k42j.annotations.Combiner;

            public final class IntMax implements Combiner<Integer> {
              public Integer identity() { return Integer.MIN_VALUE; }

              public Integer combine(Integer a, Integer b) { return Math.max(a, b); }
            }
            """);
    JavaFileObject top =
        source(
            "test.Top",
            """
            package test;

            import org.k42j.annotations.Combiner;

            public final class Top<T extends Comparable<T>> implements Combiner<T> {
              public T identity() { return null; }

              public T combine(T a, T b) {
                return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
              }
            }
            """);
    JavaFileObject concat =
        source(
            "test.Concat",
            """
            package test;

            import java.util.Arrays;
            import java.util.List;
            import org.k42j.annotations.Combiner;

            public final class Concat implements Combiner<List<String>[]> {
              @SuppressWarnings({"unchecked", "rawtypes"})
              public List<String>[] identity() { return new List[0]; }

              public List<String>[] combine(List<String>[] a, List<String>[] b) {
                List<String>[] both = Arrays.copyOf(a, a.length + b.length);
                System.arraycopy(b, 0, both, a.length, b.length);
                return both;
              }
            }
            """);
    JavaFileObject boolAnd =
        source(
            "test.BoolAnd",
            """
            package test;

            import org.k42j.annotations.Combiner;

            public final class BoolAnd implements Combiner<Boolean> {
              public Boolean identity() { return true; }

              public Boolean combine(Boolean a, Boolean b) { return a && b; }
            }
            """);
    JavaFileObject rep =
        source(
            "test.StatRep",
            """
            package test;

            import java.util.List;
            import org.k42j.annotations.*;

            @Rep(concurrency = Concurrency.THREAD_SAFE)
            final class StatRep<T extends Comparable<T>> implements Stat<T> {
              public int maxInt() { return 1; }

              public Integer maxBoxed() { return null; }

              public T top() { return null; }

              @SuppressWarnings({"unchecked", "rawtypes"})
              public List<String>[] lists() { return new List[0]; }

              public boolean ok() { return true; }
            }
            """);

    Compilation compilation = compileLinted(stat, intMax, top, concat, boolAnd, rep);

    assertThat(compilation).succeededWithoutWarnings();
    String dispatcher = generatedSource(compilation, "test.Stat_Dispatcher");
    // One shared instance per combiner class; a primitive result folds in its box, checked.
    assertThat(dispatcher).contains("private static final IntMax INT_MAX = new IntMax();");
    assertThat(dispatcher)
        .contains(
            "public int maxInt() {\n    Object visit = core.beginVisit();\n    try {\n"
                + "      Integer result = INT_MAX.identity();\n      if (result == null) {");
    assertThat(dispatcher)
        .contains(
            "public Integer maxBoxed() {\n    Object visit = core.beginVisit();\n    try {\n"
                + "      Integer result = INT_MAX.identity();\n      for (");
    assertThat(dispatcher).contains("Combiner<T> combiner = TOP;");
    assertThat(dispatcher).contains("List<String>[] result = CONCAT.identity();");
    assertThat(dispatcher).contains("Boolean result = BOOL_AND.identity();");
  }

  @Test
  void inheritedGenericMethodsKeepSubstitutedBoundsAndGenericExceptions() throws IOException {
    JavaFileObject base =
        source(
            "test.Base",
            """
            package test;

            import java.util.List;

            interface Base<T> {
              <U extends T> U pick(List<U> values);

              <E extends Exception> void run(Task<E> task) throws E;

              interface Task<E extends Exception> {
                void call() throws E;
              }
            }
            """);
    JavaFileObject picker =
        source(
            "test.Picker",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Picker extends Base<Number> {
              @Gather(combiner = First.class)
              <N extends Number> N best(N seed);
            }
            """);
    JavaFileObject first =
        source(
            "test.First",
            """
            package test;

            import org.k42j.annotations.Combiner;

            public final class First<N extends Number> implements Combiner<N> {
              public N identity() { return null; }

              public N combine(N a, N b) { return a == null ? b : a; }
            }
            """);
    JavaFileObject rep =
        source(
            "test.PickerRep",
            """
            package test;

            import java.util.List;
            import org.k42j.annotations.*;

            @Rep
            final class PickerRep implements Picker {
              public <U extends Number> U pick(List<U> values) { return values.get(0); }

              public <E extends Exception> void run(Task<E> task) throws E { task.call(); }

              public <N extends Number> N best(N seed) { return seed; }
            }
            """);

    Compilation compilation = compileLinted(base, picker, first, rep);

    assertThat(compilation).succeededWithoutWarnings();
    String dispatcher = generatedSource(compilation, "test.Picker_Dispatcher");
    assertThat(dispatcher).contains("public <U extends Number> U pick(List<U> values) {");
    assertThat(dispatcher)
        .contains("public <E extends Exception> void run(Base.Task<E> task) throws E {");
    assertThat(dispatcher).contains("public <N extends Number> N best(N seed) {");
    assertThat(dispatcher).contains("Combiner<N> combiner = FIRST;");
  }

  @Test
  void covariantDiamondsAreImplementedWithTheMostSpecificReturnType() throws IOException {
    JavaFileObject plain =
        source(
            "test.Plain",
            """
            package test;

            interface Plain {
              void touch();

              Object get();

              default int version() { return 1; }
            }
            """);
    JavaFileObject named =
        source(
            "test.Named",
            """
            package test;

            interface Named {
              void touch();

              String get();

              int version();
            }
            """);
    JavaFileObject holder =
        source(
            "test.Holder",
            """
            package test;

            import java.util.List;

            interface Holder<T> {
              void put(T value);

              List<T> all();
            }
            """);
    JavaFileObject label =
        source(
            "test.Label",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Label extends Plain, Named, Holder<String> {
              @Override
              void put(String value);

              @Override
              default int version() { return 2; }
            }
            """);
    JavaFileObject rep =
        source(
            "test.LabelRep",
            """
            package test;

            import java.util.List;
            import org.k42j.annotations.*;

            @Rep
            final class LabelRep implements Label {
              public void touch() {}

              public String get() { return ""; }

              public void put(String value) {}

              public List<String> all() { return List.of(); }
            }
            """);

    Compilation compilation = compileLinted(plain, named, holder, label, rep);

    assertThat(compilation).succeededWithoutWarnings();
    String dispatcher = generatedSource(compilation, "test.Label_Dispatcher");
    assertThat(dispatcher).contains("public String get() {\n    return rep().get();");
    assertThat(dispatcher).contains("public void put(String value) {");
    assertThat(dispatcher).contains("public List<String> all() {");
    // The default version() that LabelRep does not override runs its body on the dispatcher.
    assertThat(dispatcher).doesNotContain("version()");
    assertThat(dispatcher.indexOf("public void touch()"))
        .isEqualTo(dispatcher.lastIndexOf("public void touch()"));
  }

  @Test
  void repNamingVoidAsItsRootGetsTheGeneratedRoot() throws IOException {
    JavaFileObject rep =
        source(
            "test.CounterRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep(root = Void.class)
            final class CounterRep implements Counter {
              public void increment() {}

              public long value() { return 0; }
            }
            """);

    Fixtures.Result result = compile(counter(), rep);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.created()).contains("test.Counter_Root");
    assertThat(generatedSource(result, "test.Counter_Factory")).contains("new Counter_Root()");
  }

  @Test
  void repTakingTheGeneratedRootCompiles() throws IOException {
    JavaFileObject rep =
        source(
            "test.CounterRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class CounterRep implements Counter {
              CounterRep(Counter_Root root) {}

              public void increment() {}

              public long value() { return 0; }
            }
            """);

    Fixtures.Result result = compile(counter(), rep);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(generatedSource(result, "test.Counter_RootBase"))
        .contains("new CounterRep((Counter_Root) this)");
  }

  @Test
  void genericContractWithGenericRepAndGenericCombinerCompiles() {
    JavaFileObject cache =
        source(
            "test.Cache",
            """
            package test;

            import java.util.List;
            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Cache<K extends Comparable<K>, V> {
              V get(K key);

              void put(K key, V value);

              @Gather(combiner = Concat.class)
              List<K> keys();

              @Gather(reduce = Reduce.SUM)
              Long hits();
            }
            """);
    JavaFileObject concat =
        source(
            "test.Concat",
            """
            package test;

            import java.util.ArrayList;
            import java.util.List;
            import org.k42j.annotations.Combiner;

            public final class Concat<E> implements Combiner<List<E>> {
              public List<E> identity() { return new ArrayList<>(); }

              public List<E> combine(List<E> a, List<E> b) {
                List<E> all = new ArrayList<>(a);
                all.addAll(b);
                return all;
              }
            }
            """);
    JavaFileObject rep =
        source(
            "test.CacheRep",
            """
            package test;

            import java.util.List;
            import org.k42j.annotations.*;

            @Rep
            final class CacheRep<A extends Comparable<A>, B> implements Cache<A, B> {
              public B get(A key) { return null; }

              public void put(A key, B value) {}

              public List<A> keys() { return List.of(); }

              public Long hits() { return 0L; }
            }
            """);

    Fixtures.Result result = compile(cache, concat, rep);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertGenerated(result, "test.Cache");
  }

  @Test
  void nestedPackagePrivateContractGetsPrefixedTypesAndNoServiceEntry() {
    JavaFileObject outer =
        source(
            "test.Outer",
            """
            package test;

            import org.k42j.annotations.*;

            public class Outer {
              @ClusteredObject
              interface Log {
                void append(String line);
              }

              @Rep
              static final class LogRep implements Log {
                public void append(String line) {}
              }
            }
            """);

    Fixtures.Result result = compile(outer);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertGenerated(result, "test.Outer.Log");
    assertThat(String.join(" ", result.created())).doesNotContain("META-INF/services");
  }

  @Test
  void faultyContractDoesNotStopOthersFromBeingGenerated() {
    JavaFileObject stats =
        source(
            "test.Stats",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Stats {
              @Gather(reduce = Reduce.SUM)
              void flush();
            }
            """);
    JavaFileObject statsRep =
        source(
            "test.StatsRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class StatsRep implements Stats {
              public void flush() {}
            }
            """);

    Fixtures.Result result = compile(stats, statsRep, counter(), counterRep());

    assertThat(result.compilation()).hadErrorContaining("[k42j:gather-void]");
    assertThat(result.compilation()).hadErrorCount(1);
    assertNothingGeneratedFor(result, "test.Stats");
    assertGenerated(result, "test.Counter");
  }

  @Test
  void contractWaitsForATypeAnotherProcessorGeneratesLater() {
    JavaFileObject ledger =
        source(
            "test.Ledger",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Ledger {
              void add(long amount);

              Snapshot snapshot();
            }
            """);
    JavaFileObject rep =
        source(
            "test.LedgerRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class LedgerRep implements Ledger {
              private long total;

              public void add(long amount) { total += amount; }

              public Snapshot snapshot() { return new Snapshot(total); }
            }
            """);
    SourceGenerator snapshot =
        new SourceGenerator(
            "test.Snapshot",
            """
            package test;
            public final class Snapshot {
              public final long total;
              public Snapshot(long total) { this.total = total; }
            }
            """);

    Fixtures.Result result = compileWith(List.of(snapshot), ledger, rep);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertGenerated(result, "test.Ledger");
  }

  @Test
  void contractWaitsForARepAnotherProcessorGeneratesLater() {
    SourceGenerator rep =
        new SourceGenerator(
            "test.CounterRep",
            """
            package test;
            @org.k42j.annotations.Rep
            final class CounterRep implements Counter {
              public void increment() {}
              public long value() { return 0; }
            }
            """);

    Fixtures.Result result = compileWith(List.of(rep), counter());

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertGenerated(result, "test.Counter");
  }

  @Test
  void repOfAContractExtendingAnotherServesTheExtendingOne() {
    JavaFileObject fancy =
        source(
            "test.FancyCounter",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface FancyCounter extends Counter {
              void add(long delta);
            }
            """);
    JavaFileObject fancyRep =
        source(
            "test.FancyCounterRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class FancyCounterRep implements FancyCounter {
              public void increment() {}

              public void add(long delta) {}

              public long value() { return 0; }
            }
            """);

    Fixtures.Result result = compile(counter(), counterRep(), fancy, fancyRep);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertGenerated(result, "test.Counter");
    assertGenerated(result, "test.FancyCounter");
  }
}

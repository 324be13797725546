package org.k42j.processor.clustered.writer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.k42j.processor.clustered.writer.Models.broadcast;
import static org.k42j.processor.clustered.writer.Models.combined;
import static org.k42j.processor.clustered.writer.Models.dispatch;
import static org.k42j.processor.clustered.writer.Models.gather;
import static org.k42j.processor.clustered.writer.Models.param;

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
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.MethodModel;

/**
 * A generic contract {@code Cache<K extends Comparable<K>, V>} with a thread-safe rep, a generic
 * method, a broadcast, a built-in gather and gathers through a generic and a plain combiner: the
 * sources of {@link SampleContracts#CACHE}, written from a model built by hand.
 */
class GenericContractTest {
  static final TypeVariableName K =
      TypeVariableName.get(
          "K",
          ParameterizedTypeName.get(ClassName.get(Comparable.class), TypeVariableName.get("K")));
  static final TypeVariableName V = TypeVariableName.get("V");
  static final TypeVariableName R = TypeVariableName.get("R");

  static final ContractModel CACHE =
      Models.contract("sample.cache", "Cache")
          .typeVariables(K, V)
          .threadSafe()
          .methods(
              dispatch("get", V, param(TypeVariableName.get("K"), "key")),
              dispatch(
                  "put", TypeName.VOID, param(TypeVariableName.get("K"), "key"), param(V, "value")),
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
                  RouteKind.DISPATCH,
                  Reduce.NONE,
                  null,
                  null),
              broadcast("clear"),
              gather("size", TypeName.INT, Reduce.SUM),
              combined(
                      "keys",
                      ParameterizedTypeName.get(
                          ClassName.get(Set.class), TypeVariableName.get("K")),
                      ClassName.get("sample.cache", "Union"))
                  .withGenericCombiner(),
              combined(
                  "longestValue",
                  ClassName.get(String.class),
                  ClassName.get("sample.cache", "Longest")),
              combined(
                  "longestWithPrefix",
                  ClassName.get(String.class),
                  ClassName.get("sample.cache", "Longest"),
                  param(ClassName.get(String.class), "LONGEST")))
          .build();

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation =
        Compilations.compile(
            new WritingProcessor(CACHE), SampleContracts.files(SampleContracts.CACHE));
  }

  @Test
  void genericContractCompilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void threadSafeRepGetsNoGuardAndRootBaseReturnsTheRepItself() {
    assertFalse(compilation.generatedSourceFile("sample.cache.Cache_Guard").isPresent());
    assertTrue(
        Compilations.source(compilation, "sample.cache.Cache_RootBase")
            .contains(
                "protected final Cache<K, V> guard(RootCore<Cache<K, V>> core, CacheRep<K, V> rep)"
                    + " {\n    return rep;"));
  }

  @Test
  void everyGeneratedTypeDeclaresTheContractTypeVariablesWithBounds() {
    for (String suffix : List.of("Dispatcher", "Miss", "RootBase", "Root", "RepBase")) {
      String source = Compilations.source(compilation, "sample.cache.Cache_" + suffix);
      assertTrue(source.contains("class Cache_" + suffix + "<K extends Comparable<K>, V>"), source);
    }
  }

  @Test
  void rowIsCreatedAsAnErasedArrayUnderANarrowSuppression() {
    String rootBase = Compilations.source(compilation, "sample.cache.Cache_RootBase");
    assertTrue(
        rootBase.contains(
            "@SuppressWarnings(\"unchecked\") Cache<K, V>[] row = (Cache<K, V>[]) new Cache<?,"
                + " ?>[length];"),
        rootBase);
  }

  @Test
  void factoryAndDispatcherInferTheTypeArguments() {
    assertTrue(
        Compilations.source(compilation, "sample.cache.Cache_Factory")
            .contains(
                "public static <K extends Comparable<K>, V> Cache<K, V> create() {\n"
                    + "    return new Cache_Dispatcher<>(new Cache_Root<K, V>());"));
    assertTrue(
        Compilations.source(compilation, "sample.cache.Cache_Dispatcher")
            .contains("this(new Cache_Root<>());"));
  }

  @Test
  void genericCombinerIsHeldRawAndViewedThroughTheResultType() {
    String dispatcher = Compilations.source(compilation, "sample.cache.Cache_Dispatcher");
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
    String dispatcher = Compilations.source(compilation, "sample.cache.Cache_Dispatcher");
    assertTrue(
        dispatcher.contains(
            "result = Cache_Dispatcher.LONGEST.combine(result, rep.longestWithPrefix(LONGEST));"),
        dispatcher);
  }
}

package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.k42j.processor.diagnostics.Fixtures.assertGenerated;
import static org.k42j.processor.diagnostics.Fixtures.assertSingleError;
import static org.k42j.processor.diagnostics.Fixtures.compile;
import static org.k42j.processor.diagnostics.Fixtures.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes in user roots, in the reps that name them ({@code @Rep(root = ...)}), and in
 * {@code @OnRoot} methods.
 *
 * <p>A {@code @Root} class extends {@code Registry_RootBase}; when the contract is faulty k42j
 * writes a stand-in of it, so that k42j's error stays the only one.
 */
class RootDiagnosticsTest {
  private static JavaFileObject registry() {
    return source(
        "test.Registry",
        """
        package test;

        import org.k42j.annotations.*;

        @ClusteredObject
        public interface Registry {
          long register(String name);

          @OnRoot
          int size();
        }
        """);
  }

  /** A rep of {@link #registry()} that names no root. */
  private static JavaFileObject registryRep() {
    return registryRep("@Rep");
  }

  /** A rep of {@link #registry()} naming {@code RegistryRoot} as its root. */
  private static JavaFileObject rootedRep() {
    return registryRep("@Rep(root = RegistryRoot.class)");
  }

  /** {@code test.RegistryRep} under the annotation {@code lines}. */
  private static JavaFileObject registryRep(String annotation) {
    return source(
        "test.RegistryRep",
        """
        package test;

        import org.k42j.annotations.*;

        %s
        final class RegistryRep implements Registry {
          public long register(String name) { return 0; }

          public int size() { return 0; }
        }
        """
            .formatted(annotation));
  }

  /** {@code test.<name>} with {@code lines} after the package and the annotations import. */
  private static JavaFileObject root(String name, String declaration) {
    return source(
        "test." + name,
        """
        package test;

        import org.k42j.annotations.*;

        %s
        """
            .formatted(declaration));
  }

  /** A valid root of {@link #registry()}. */
  private static JavaFileObject registryRoot() {
    return root(
        "RegistryRoot",
        """
        @Root
        class RegistryRoot extends Registry_RootBase {
          public int size() { return 0; }
        }
        """);
  }

  @Test
  void onRootWithoutRootClassIsReportedOnTheMethod() {
    JavaFileObject registry = registry();

    assertSingleError(
        compile(registry, registryRep()),
        "[k42j:on-root-without-root] Registry.size() is @OnRoot, but Registry has no root class to"
            + " run it on; write `@Root class RegistryRoot extends Registry_RootBase` declaring the"
            + " method and name it from the rep with @Rep(root = RegistryRoot.class), or remove"
            + " @OnRoot",
        registry,
        "int size();",
        "test.Registry");
  }

  @Test
  void repNamingAClassWithoutRootIsReportedOnTheRootAttribute() {
    JavaFileObject rep =
        registryRep(
            """
            @Rep(
                root = RegistryRoot.class)
            """);
    JavaFileObject root =
        root(
            "RegistryRoot",
            """
            class RegistryRoot extends Registry_RootBase {
              public int size() { return 0; }
            }
            """);

    assertSingleError(
        compile(registry(), rep, root),
        "[k42j:root-not-annotated] @Rep on RegistryRep names RegistryRoot as its root, but"
            + " RegistryRoot is not a class annotated @Root; mark the root class @Root and name it"
            + " here, or leave root unset to use the generated Registry_Root",
        rep,
        "root = RegistryRoot.class",
        "test.Registry");
  }

  @Test
  void repNamingAPrimitiveAsItsRootIsReportedOnTheRootAttribute() {
    JavaFileObject rep =
        registryRep(
            """
            @Rep(
                root = int.class)
            """);

    assertSingleError(
        compile(registry(), rep),
        "[k42j:root-not-annotated] @Rep on RegistryRep names int as its root, but int is not a"
            + " class annotated @Root;",
        rep,
        "root = int.class",
        "test.Registry");
  }

  @Test
  void repNamingAMissingClassAsItsRootIsReportedOnTheRootAttributeInTheLastRound() {
    JavaFileObject rep =
        registryRep(
            """
            @Rep(
                root = RegistryRut.class)
            """);

    // javac reports the missing name too (see docs/diagnostics.md, unresolved-type).
    Fixtures.assertSingleK42jError(
        compile(registry(), rep),
        "[k42j:unresolved-type] RegistryRep refers to the class its root attribute names, which"
            + " does not exist, so nothing was generated for Registry; fix the name or the import,"
            + " or run the processor that generates it",
        rep,
        "root = RegistryRut.class",
        "test.Registry",
        "RegistryRut",
        1);
  }

  @Test
  void rootThatNoRepNamesIsReportedOnTheRootInTheLastRound() {
    JavaFileObject root =
        source(
            "test.CounterRoot",
            """
            package test;

            import org.k42j.annotations.*;

            @Root
            class CounterRoot extends Counter_RootBase {
            }
            """);

    // The rep names no root: Counter gets its generated root, and the stray root is an error.
    Fixtures.Result result = compile(Fixtures.counter(), Fixtures.counterRep(), root);

    assertThat(result.compilation()).failed();
    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation())
        .hadErrorContaining(
            "[k42j:root-unreferenced] CounterRoot is @Root, but no @Rep names it, so no clustered"
                + " object uses it; name it from the contract's rep with @Rep(root ="
                + " CounterRoot.class), or remove @Root")
        .inFile(root)
        .onLineContaining("class CounterRoot");
    assertGenerated(result, "test.Counter");
    assertThat(result.created()).contains("test.Counter_Root");
  }

  @Test
  void repForgettingItsRootGetsOneErrorOnTheContractOnly() {
    JavaFileObject registry = registry();
    JavaFileObject root = registryRoot();

    Fixtures.Result result = compile(registry, registryRep(), root);

    // The root extends the root base of the faulty contract, whose error already asks to name it:
    // it is not also reported as unreferenced, and javac finds the stand-in base.
    assertSingleError(
        result,
        "[k42j:on-root-without-root] Registry.size() is @OnRoot",
        registry,
        "int size();",
        "test.Registry");
    assertThat(result.created()).contains("test.Registry_RootBase");
    assertThat(result.created()).contains("test.Registry_RepBase");
  }

  @Test
  void repExtendingTheRepBaseNeedsNoBodyForOnRootMethods() {
    JavaFileObject rep =
        root(
            "RegistryRep",
            """
            @Rep(root = RegistryRoot.class)
            final class RegistryRep extends Registry_RepBase implements Registry {
              public long register(String name) { return size(); }
            }
            """);

    Compilation compilation = compile(registry(), rep, registryRoot()).compilation();

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Registry_RepBase")
        .contentsAsUtf8String()
        .contains("public int size() {\n    return root().size();\n  }");
  }

  @Test
  void deprecatedRootConstructorsGiveDeprecatedCreatesAndNoWarning() throws IOException {
    JavaFileObject root =
        root(
            "RegistryRoot",
            """
            @Root
            class RegistryRoot extends Registry_RootBase {
              RegistryRoot() {}

              @Deprecated
              RegistryRoot(int capacity) {}

              @Deprecated(forRemoval = true)
              RegistryRoot(String name$v1) {}

              public int size() { return 0; }
            }
            """);

    Compilation compilation =
        compile(
                registry(),
                rootedRep(),
                root,
                Fixtures.source(
                    "test.Caller",
                    """
                    package test;

                    class Caller {
                      Registry make() { return Registry_Factory.create(); }
                    }
                    """))
            .compilation();

    assertThat(compilation).succeededWithoutWarnings();
    String factory =
        compilation
            .generatedSourceFile("test.Registry_Factory")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(factory).contains("@Deprecated\n  public static Registry create(int capacity)");
    assertThat(factory)
        .contains(
            "@Deprecated(\n      forRemoval = true\n  )\n  @SuppressWarnings(\"removal\")\n"
                + "  public static Registry create(String name$v1)");
    assertThat(factory).contains("new RegistryRoot(name$v1)");
  }

  @Test
  void repNotExtendingTheRepBaseStillImplementsOnRootMethodsAsJavaRequires() {
    JavaFileObject rep =
        root(
            "RegistryRep",
            """
            @Rep(root = RegistryRoot.class)
            final class RegistryRep implements Registry {
              public long register(String name) { return 0; }
            }
            """);

    // Only a rep extending Registry_RepBase inherits the @OnRoot methods' bodies.
    assertSingleError(
        compile(registry(), rep, registryRoot()),
        "[k42j:rep-missing-method] RegistryRep does not implement Registry.size()",
        rep,
        "final class RegistryRep",
        "test.Registry");
  }

  @Test
  void rootWithoutTheOnRootMethodIsReportedOnTheRoot() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            """
            @Root
            class RegistryRoot extends Registry_RootBase {
              public int count() { return 0; }
            }
            """);

    assertSingleError(
        compile(registry(), rootedRep(), root),
        "[k42j:on-root-missing-method] RegistryRoot declares no method int size() for the @OnRoot"
            + " method Registry.size(); add a non-private method with the same name, parameters"
            + " and return type to RegistryRoot",
        root,
        "class RegistryRoot",
        "test.Registry");
  }

  @Test
  void rootMethodWithAnotherReturnTypeIsReportedOnThatMethod() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            """
            @Root
            class RegistryRoot extends Registry_RootBase {
              public long size() { return 0; }
            }
            """);

    assertSingleError(
        compile(registry(), rootedRep(), root),
        "[k42j:on-root-signature] RegistryRoot.size() cannot run the @OnRoot method"
            + " Registry.size(): it returns long; make it return int",
        root,
        "public long size()",
        "test.Registry");
  }

  @Test
  void genericRootMethodReturningLessThanTheContractsTypeVariableIsReportedOnThatMethod() {
    JavaFileObject lookup =
        source(
            "test.Lookup",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Lookup {
              @OnRoot
              <T> T get(Class<T> type);

              void hit();
            }
            """);
    JavaFileObject rep =
        root(
            "LookupRep",
            """
            @Rep(root = LookupRoot.class)
            final class LookupRep implements Lookup {
              public <T> T get(Class<T> type) { return null; }

              public void hit() {}
            }
            """);
    // Same erasure as the contract's method, but Object is not the caller's T.
    JavaFileObject root =
        root(
            "LookupRoot",
            """
            @Root
            class LookupRoot extends Lookup_RootBase {
              public <U> Object get(Class<U> type) { return "x"; }
            }
            """);

    assertSingleError(
        compile(lookup, rep, root),
        "[k42j:on-root-signature] LookupRoot.get(Class<U>) cannot run the @OnRoot method"
            + " Lookup.get(Class<T>): it returns Object; make it return T",
        root,
        "public <U> Object get",
        "test.Lookup");
  }

  @Test
  void rootMethodThrowingACheckedExceptionIsReportedOnThatMethod() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            """
            @Root
            class RegistryRoot extends Registry_RootBase {
              public int size() throws java.io.IOException { return 0; }
            }
            """);

    assertSingleError(
        compile(registry(), rootedRep(), root),
        "[k42j:on-root-signature] RegistryRoot.size() cannot run the @OnRoot method"
            + " Registry.size(): it throws IOException, which the contract method does not"
            + " declare; handle it in the root, or add it to the throws clause of Registry.size()",
        root,
        "public int size()",
        "test.Registry");
  }

  @Test
  void rootNotExtendingTheRootBaseIsReported() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            """
            @Root
            class RegistryRoot {
              public int size() { return 0; }
            }
            """);

    assertSingleError(
        compile(registry(), rootedRep(), root),
        "[k42j:root-wrong-superclass] RegistryRoot does not extend Registry_RootBase, the generated"
            + " root base of Registry; declare it as `class RegistryRoot extends"
            + " Registry_RootBase`",
        root,
        "class RegistryRoot",
        "test.Registry");
  }

  @Test
  void rootExtendingAnotherContractsRootBaseIsReportedOnTheRootAttributeOnceThatBaseExists() {
    JavaFileObject rep =
        registryRep(
            """
            @Rep(
                root = RegistryRoot.class)
            """);
    JavaFileObject root =
        root(
            "RegistryRoot",
            """
            @Root
            class RegistryRoot extends Counter_RootBase {
              public int size() { return 0; }
            }
            """);

    // Counter_RootBase is generated in the first round; the root is judged in the second.
    Fixtures.Result result =
        compile(registry(), rep, root, Fixtures.counter(), Fixtures.counterRep());

    assertSingleError(
        result,
        "[k42j:root-of-another-contract] @Rep on RegistryRep names RegistryRoot as the root of"
            + " Registry, but RegistryRoot extends Counter_RootBase, the root base generated for"
            + " another contract; leave RegistryRoot to that contract and name here a root of"
            + " Registry's own (`@Root class RegistryRoot extends Registry_RootBase`), or leave"
            + " root unset to use the generated Registry_Root; if RegistryRoot was written for"
            + " Registry, make it extend Registry_RootBase instead",
        rep,
        "root = RegistryRoot.class",
        "test.Registry");
    assertGenerated(result, "test.Counter");
  }

  @Test
  void rootOfOneContractNamedByAnotherContractsRepIsReportedOnThatRepOnly() {
    JavaFileObject journal =
        source(
            "test.Journal",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Journal {
              void append(String line);
            }
            """);
    JavaFileObject journalRep =
        source(
            "test.JournalRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep(root = RegistryRoot.class)
            final class JournalRep implements Journal {
              public void append(String line) {}
            }
            """);

    // Registry and its root are right: the error is Journal's reference, and Registry is generated.
    Fixtures.Result result = compile(registry(), rootedRep(), registryRoot(), journal, journalRep);

    assertSingleError(
        result,
        "[k42j:root-of-another-contract] @Rep on JournalRep names RegistryRoot as the root of"
            + " Journal, but RegistryRoot extends Registry_RootBase, the root base generated for"
            + " another contract; leave RegistryRoot to that contract and name here a root of"
            + " Journal's own (`@Root class JournalRoot extends Journal_RootBase`), or leave root"
            + " unset to use the generated Journal_Root;",
        journalRep,
        "@Rep(root = RegistryRoot.class)",
        "test.Journal");
    assertGenerated(result, "test.Registry");
  }

  @Test
  void rootFromAnEarlierBuildIsReportedOnTheRootAttributeOfTheRepNamingIt(@TempDir Path classes)
      throws IOException {
    // An earlier build compiled Registry with its root; a new contract's rep names that root.
    Fixtures.compileInto(classes, registry(), rootedRep(), registryRoot());
    JavaFileObject journal =
        source(
            "test.Journal",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Journal {
              void append(String line);
            }
            """);
    JavaFileObject rep =
        source(
            "test.JournalRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep(
                root = RegistryRoot.class)
            final class JournalRep implements Journal {
              public void append(String line) {}
            }
            """);

    Fixtures.Result result =
        Fixtures.compileAgainst(classes, new RecordingProcessor(), journal, rep);

    // The root is right for Registry: the error points at the rep naming it.
    assertSingleError(
        result,
        "[k42j:root-of-another-contract] @Rep on JournalRep names RegistryRoot as the root of"
            + " Journal, but RegistryRoot extends Registry_RootBase, the root base generated for"
            + " another contract; leave RegistryRoot to that contract",
        rep,
        "root = RegistryRoot.class",
        "test.Journal");
  }

  @Test
  void abstractRootIsReported() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            """
            @Root
            abstract class RegistryRoot extends Registry_RootBase {
              public int size() { return 0; }
            }
            """);

    assertSingleError(
        compile(registry(), rootedRep(), root),
        "[k42j:root-abstract] RegistryRoot is abstract, so the generated factory cannot create it;"
            + " make it a concrete class",
        root,
        "abstract class RegistryRoot",
        "test.Registry");
  }

  @Test
  void privateRootIsReported() {
    // The rep sits next to the private root: only there may a class literal name it.
    JavaFileObject roots =
        root(
            "Roots",
            """
            public class Roots {
              @Rep(root = RegistryRoot.class)
              static final class RegistryRep implements Registry {
                public long register(String name) { return 0; }

                public int size() { return 0; }
              }

              @Root
              private static class RegistryRoot extends Registry_RootBase {
                public int size() { return 0; }
              }
            }
            """);

    assertSingleError(
        compile(registry(), roots),
        "[k42j:root-private] Roots.RegistryRoot is private, so the generated factory cannot create"
            + " it; make it package-private or public",
        roots,
        "private static class RegistryRoot",
        "test.Registry");
  }

  @Test
  void innerClassRootIsReported() {
    JavaFileObject roots =
        root(
            "Roots",
            """
            public class Roots {
              @Root
              class RegistryRoot extends Registry_RootBase {
                public int size() { return 0; }
              }
            }
            """);

    assertSingleError(
        compile(registry(), registryRep("@Rep(root = Roots.RegistryRoot.class)"), roots),
        "[k42j:root-inner] Roots.RegistryRoot is a non-static inner class, so the generated factory"
            + " cannot create it without an enclosing instance;",
        roots,
        "class RegistryRoot",
        "test.Registry");
  }

  @Test
  void packagePrivateRootInAnotherPackageIsReported() {
    // A rep in another package than its contract, next to its package-private root.
    JavaFileObject rep =
        source(
            "other.RegistryRep",
            """
            package other;

            import org.k42j.annotations.*;
            import test.Registry;

            @Rep(root = RegistryRoot.class)
            public final class RegistryRep implements Registry {
              public RegistryRep() {}

              public long register(String name) { return 0; }

              public int size() { return 0; }
            }
            """);
    JavaFileObject root =
        source(
            "other.RegistryRoot",
            """
            package other;

            import org.k42j.annotations.*;
            import test.Registry_RootBase;

            @Root
            class RegistryRoot extends Registry_RootBase {
              public int size() { return 0; }
            }
            """);

    // The import of the root base finds the public stand-in.
    assertSingleError(
        compile(registry(), rep, root),
        "[k42j:root-not-visible] RegistryRoot is not public, but the generated factory lives in"
            + " package test; make it public or move it to that package",
        root,
        "class RegistryRoot",
        "test.Registry");
  }

  @Test
  void rootWithOnlyPrivateConstructorsIsReported() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            """
            @Root
            class RegistryRoot extends Registry_RootBase {
              private final int capacity;

              private RegistryRoot(int capacity) { this.capacity = capacity; }

              public int size() { return capacity; }
            }
            """);

    assertSingleError(
        compile(registry(), rootedRep(), root),
        "[k42j:root-no-constructor] RegistryRoot has no constructor the generated factory can"
            + " call; add a non-private constructor (its parameters become those of the"
            + " factory's create)",
        root,
        "class RegistryRoot",
        "test.Registry");
  }

  @Test
  void rootInAnotherPackageWithOnlyPackagePrivateConstructorsAsksForAPublicOne() {
    JavaFileObject rep =
        source(
            "other.RegistryRep",
            """
            package other;

            import org.k42j.annotations.*;
            import test.Registry;

            @Rep(root = RegistryRoot.class)
            public final class RegistryRep implements Registry {
              public RegistryRep() {}

              public long register(String name) { return 0; }

              public int size() { return 0; }
            }
            """);
    JavaFileObject root =
        source(
            "other.RegistryRoot",
            """
            package other;

            import org.k42j.annotations.*;
            import test.Registry_RootBase;

            @Root
            public class RegistryRoot extends Registry_RootBase {
              RegistryRoot(String name) {}

              public int size() { return 0; }
            }
            """);

    // The import of the root base finds the public stand-in.
    assertSingleError(
        compile(registry(), rep, root),
        "[k42j:root-no-constructor] RegistryRoot has no constructor the generated factory can"
            + " call; add a public constructor",
        root,
        "public class RegistryRoot",
        "test.Registry");
  }

  @Test
  void rootConstructorMentioningATypeThatNeverAppearsIsReportedInTheLastRound() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            """
            @Root
            class RegistryRoot extends Registry_RootBase {
              RegistryRoot(Settings settings) {}

              public int size() { return 0; }
            }
            """);

    // javac reports the unknown type in the root itself; k42j adds one error naming it, and
    // generates nothing (javac then reports the root base too).
    Fixtures.assertSingleK42jError(
        compile(registry(), rootedRep(), root),
        "[k42j:unresolved-type] RegistryRoot(Settings) refers to Settings, which does not exist,"
            + " so nothing was generated for Registry",
        root,
        "RegistryRoot(Settings settings)",
        "test.Registry",
        "(Settings|Registry_RootBase)",
        2);
  }

  @Test
  void rootConstructorTypeVariableNamedLikeTheContractsIsReportedOnTheConstructor() {
    JavaFileObject cache =
        source(
            "test.Cache",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Cache<K> {
              void hit(K key);
            }
            """);
    JavaFileObject rep =
        root(
            "CacheRep",
            """
            @Rep(root = CacheRoot.class)
            final class CacheRep<K> implements Cache<K> {
              public void hit(K key) {}
            }
            """);
    JavaFileObject root =
        root(
            "CacheRoot",
            """
            @Root
            class CacheRoot<K> extends Cache_RootBase<K> {
              <K> CacheRoot(K seed) {}
            }
            """);

    assertSingleError(
        compile(cache, rep, root),
        "[k42j:root-constructor-type-variable] CacheRoot(K) declares the type variable K, which"
            + " the generated Cache_Factory.create would confuse with the type variable of the same"
            + " name of Cache; rename the constructor's type variable",
        root,
        "<K> CacheRoot(K seed)",
        "test.Cache");
  }

  @Test
  void genericRootMissingTheContractsTypeVariablesIsReported() {
    JavaFileObject cache =
        source(
            "test.Cache",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Cache<K, V> {
              V get(K key);
            }
            """);
    JavaFileObject rep =
        root(
            "CacheRep",
            """
            @Rep(root = CacheRoot.class)
            final class CacheRep<K, V> implements Cache<K, V> {
              public V get(K key) { return null; }
            }
            """);
    JavaFileObject root =
        root(
            "CacheRoot",
            """
            @Root
            class CacheRoot extends Cache_RootBase<String, String> {
            }
            """);

    assertSingleError(
        compile(cache, rep, root),
        "[k42j:root-type-variables] CacheRoot must declare the type variables of Cache, with the"
            + " same bounds, and extend Cache_RootBase with exactly those, in order; declare it as"
            + " `class CacheRoot<K, V> extends Cache_RootBase<K, V>`",
        root,
        "class CacheRoot",
        "test.Cache");
  }

  @Test
  void genericRootPassingOtherTypeArgumentsToTheRootBaseIsReported() {
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
    JavaFileObject rep =
        root(
            "IndexRep",
            """
            @Rep(root = IndexRoot.class)
            final class IndexRep<K> implements Index<K> {
              public void hit(K key) {}
            }
            """);
    // As many type variables as the contract, but the root base gets String, not V.
    JavaFileObject root =
        root(
            "IndexRoot",
            """
            @Root
            class IndexRoot<V> extends Index_RootBase<String> {
            }
            """);

    assertSingleError(
        compile(index, rep, root),
        "[k42j:root-type-variables] IndexRoot must declare the type variables of Index, with the"
            + " same bounds, and extend Index_RootBase with exactly those, in order; declare it as"
            + " `class IndexRoot<K> extends Index_RootBase<K>`",
        root,
        "class IndexRoot",
        "test.Index");
  }

  @Test
  void genericRootPassingItsTypeVariablesSwappedThroughItsOwnBaseIsReported() {
    JavaFileObject cache =
        source(
            "test.Cache",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Cache<K, V> {
              V get(K key);
            }
            """);
    JavaFileObject rep =
        root(
            "CacheRep",
            """
            @Rep(root = CacheRoot.class)
            final class CacheRep<K, V> implements Cache<K, V> {
              public V get(K key) { return null; }
            }
            """);
    JavaFileObject shared =
        root(
            "Shared",
            """
            abstract class Shared<A, B> extends Cache_RootBase<A, B> {
            }
            """);
    JavaFileObject root =
        root(
            "CacheRoot",
            """
            @Root
            class CacheRoot<K, V> extends Shared<V, K> {
            }
            """);

    assertSingleError(
        compile(cache, rep, shared, root),
        "[k42j:root-type-variables] CacheRoot must declare the type variables of Cache, with the"
            + " same bounds, and extend Cache_RootBase with exactly those, in order;",
        root,
        "class CacheRoot",
        "test.Cache");
  }

  @Test
  void genericRootWithNarrowerBoundsThanTheContractIsReported() {
    JavaFileObject index =
        source(
            "test.Index",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Index<K extends Comparable<K>> {
              void hit(K key);
            }
            """);
    JavaFileObject rep =
        root(
            "IndexRep",
            """
            @Rep(root = IndexRoot.class)
            final class IndexRep<K extends Comparable<K>> implements Index<K> {
              public void hit(K key) {}
            }
            """);
    JavaFileObject root =
        root(
            "IndexRoot",
            """
            @Root
            class IndexRoot<K extends Number & Comparable<K>> extends Index_RootBase<K> {
            }
            """);

    assertSingleError(
        compile(index, rep, root),
        "[k42j:root-type-variables] IndexRoot must declare the type variables of Index, with the"
            + " same bounds, and extend Index_RootBase with exactly those, in order; declare it as"
            + " `class IndexRoot<K extends Comparable<K>> extends Index_RootBase<K>`",
        root,
        "class IndexRoot",
        "test.Index");
  }

  @Test
  void genericRootDroppingABoundOfTheContractIsReported() {
    JavaFileObject index =
        source(
            "test.Index",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Index<K extends Comparable<K>> {
              void hit(K key);
            }
            """);
    JavaFileObject rep =
        source(
            "test.IndexRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep(root = IndexRoot.class)
            final class IndexRep<K extends Comparable<K>> implements Index<K> {
              public void hit(K key) {}
            }
            """);
    JavaFileObject root =
        source(
            "test.IndexRoot",
            """
            package test;

            import org.k42j.annotations.*;

            @Root
            class IndexRoot<K> extends Index_RootBase<K> {}
            """);

    assertSingleError(
        compile(index, rep, root),
        "[k42j:root-type-variables] IndexRoot must declare the type variables of Index, with the"
            + " same bounds, and extend Index_RootBase with exactly those, in order; declare it as"
            + " `class IndexRoot<K extends Comparable<K>> extends Index_RootBase<K>`",
        root,
        "class IndexRoot",
        "test.Index");
  }

  @Test
  void onRootWithoutRootOnARepExtendingTheRepBaseIsOneError() {
    JavaFileObject registry = registry();
    JavaFileObject rep =
        source(
            "test.RegistryRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class RegistryRep extends Registry_RepBase implements Registry {
              RegistryRep(Registry_Root root) {}

              public long register(String name) { return 0; }

              public int size() { return 0; }
            }
            """);

    Fixtures.Result result = compile(registry, rep);

    // The rep's superclass and constructor name stand-ins: javac adds no error of its own.
    assertSingleError(
        result,
        "[k42j:on-root-without-root] Registry.size() is @OnRoot, but Registry has no root class to"
            + " run it on;",
        registry,
        "int size();",
        "test.Registry");
    assertThat(result.created())
        .containsExactly("test.Registry_RootBase", "test.Registry_RepBase", "test.Registry_Root");
  }
}

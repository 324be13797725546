package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.k42j.processor.diagnostics.Fixtures.source;

import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.k42j.processor.ExportedProcessor;

/**
 * Mistakes in {@code @Exported} interfaces and {@code @Async} methods: each is exactly one tagged
 * error on the offending element, and nothing is generated for the interface.
 */
class ExportedDiagnosticsTest {
  private static final String CROSS =
      ", and a call copies only primitives, strings, boxed primitives, enums, records and arrays"
          + " of these, and passes @Exported interfaces as handles; pass a record of immutable"
          + " components or an array, or export it and pass its interface";

  private static final String KNOWN_TYPES =
      "the code that copies values across address spaces is generated for types known at compile"
          + " time";

  /** Compiles {@code sources} with the exported-interface processor alone. */
  private static Fixtures.Result compile(JavaFileObject... sources) {
    return Fixtures.compileWith(
        new RecordingProcessor(new ExportedProcessor()), List.of(), sources);
  }

  /** {@code test.Store}: an exported interface with {@code lines} as its body. */
  private static JavaFileObject store(String members) {
    return source(
        "test.Store",
        """
        package test;

        import org.k42j.annotations.*;

        @Exported
        public interface Store {
        %s
        }
        """
            .formatted(members));
  }

  /**
   * Exactly one error, {@code message}, on the line of {@code file} containing {@code line}, and
   * nothing generated: no stub, skeleton or binding of {@code exported} and no service file.
   */
  private static void assertSingleError(
      Fixtures.Result result, String message, JavaFileObject file, String line, String exported) {
    Fixtures.assertSingleError(result, message, file, line, exported);
    assertNoServiceFile(result);
  }

  private static void assertNoServiceFile(Fixtures.Result result) {
    for (String created : result.created()) {
      assertWithMessage("files created").that(created).doesNotContain("PpcBinding");
    }
  }

  // --- the exported type ------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a class|public class Store {}",
        "an enum|public enum Store { ONE }",
        "a record|public record Store(long value) {}",
        "an annotation type|public @interface Store {}"
      })
  void exportedOnNonInterfaceIsReportedOnTheType(String kind, String declaration) {
    JavaFileObject store =
        source(
            "test.Store",
            """
            package test;

            import org.k42j.annotations.*;

            @Exported
            %s
            """
                .formatted(declaration));

    assertSingleError(
        compile(store),
        "[k42j:exported-not-interface] Store is "
            + kind
            + ", but @Exported marks an interface that a server exports to other address spaces;"
            + " declare Store as a public interface and implement it in the server",
        store,
        declaration,
        "test.Store");
  }

  @Test
  void packagePrivateInterfaceIsReported() {
    JavaFileObject store =
        source(
            "test.Store",
            """
            package test;

            import org.k42j.annotations.*;

            @Exported
            interface Store {
              String get(String key);
            }
            """);

    assertSingleError(
        compile(store),
        "[k42j:exported-not-public] Store is package-private, but the kernel binds the stub and"
            + " skeleton of an exported interface from its own package; make Store public, and"
            + " every type it is nested in",
        store,
        "interface Store",
        "test.Store");
  }

  @Test
  void interfaceNestedInPackagePrivateClassIsReported() {
    JavaFileObject outer =
        source(
            "test.Outer",
            """
            package test;

            import org.k42j.annotations.*;

            class Outer {
              @Exported
              public interface Store {
                String get(String key);
              }
            }
            """);

    assertSingleError(
        compile(outer),
        "[k42j:exported-not-public] Outer.Store is nested in the package-private class Outer,"
            + " but the kernel binds the stub and skeleton of an exported interface from its own"
            + " package; make Outer.Store public, and every type it is nested in",
        outer,
        "public interface Store",
        "test.Outer.Store");
  }

  @Test
  void genericInterfaceIsReported() {
    JavaFileObject store =
        source(
            "test.Store",
            """
            package test;

            import org.k42j.annotations.*;

            @Exported
            public interface Store<K, V> {
              V get(K key);
            }
            """);

    assertSingleError(
        compile(store),
        "[k42j:exported-generic] Store declares the type variables <K, V>, but "
            + KNOWN_TYPES
            + "; remove the type variables and use concrete types (export one interface per"
            + " element type)",
        store,
        "public interface Store<K, V>",
        "test.Store");
  }

  @Test
  void sealedInterfaceNotPermittingTheStubIsReported() {
    JavaFileObject store =
        source(
            "test.Store",
            """
            package test;

            import org.k42j.annotations.*;

            @Exported
            public sealed interface Store permits LocalStore {
              String get(String key);
            }
            """);
    JavaFileObject local =
        source(
            "test.LocalStore",
            """
            package test;

            final class LocalStore implements Store {
              public String get(String key) { return key; }
            }
            """);

    assertSingleError(
        compile(store, local),
        "[k42j:exported-sealed] Store is sealed, but does not permit Store_Stub, which k42j"
            + " generates to implement it; remove sealed and its permits clause, or add"
            + " Store_Stub to the permits clause",
        store,
        "public sealed interface Store",
        "test.Store");
  }

  // --- remote methods ----------------------------------------------------------------------------

  @Test
  void overloadIsReportedOnTheSecondDeclaration() {
    JavaFileObject store =
        store(
            """
              String get(String key);

              String get(int index);
            """);

    assertSingleError(
        compile(store),
        "[k42j:exported-overload] Store.get(int) overloads Store.get(String), but a remote method"
            + " is known by its name in the server's exceptions and traces; rename one of them",
        store,
        "String get(int index);",
        "test.Store");
  }

  @Test
  void overloadOfAnInheritedMethodIsReported() {
    JavaFileObject lookup =
        source(
            "test.Lookup",
            """
            package test;

            public interface Lookup {
              String get(String key);
            }
            """);
    JavaFileObject store =
        source(
            "test.Store",
            """
            package test;

            import org.k42j.annotations.*;

            @Exported
            public interface Store extends Lookup {
              String get(long index);
            }
            """);

    assertSingleError(
        compile(lookup, store),
        "[k42j:exported-overload] Lookup.get(String) overloads Store.get(long)",
        lookup,
        "String get(String key);",
        "test.Store");
  }

  @Test
  void genericMethodIsReported() {
    JavaFileObject store = store("  <T extends Comparable<T>> void put(String key);");

    assertSingleError(
        compile(store),
        "[k42j:exported-generic-method] Store.put(String) declares the type variables <T>, but "
            + KNOWN_TYPES
            + "; remove the type variables and use concrete types",
        store,
        "void put(String key);",
        "test.Store");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "String handle();|Store.handle()|ObjectHandle handle() of org.k42j.kernel.ppc.RemoteObject",
        "long ppc();|Store.ppc()|the final Ppc ppc() of org.k42j.kernel.ppc.Stub"
      })
  void methodEveryStubHasIsReported(String declaration, String method, String member) {
    JavaFileObject store = store("  " + declaration);

    assertSingleError(
        compile(store),
        "[k42j:exported-reserved-method] "
            + method
            + " clashes with "
            + member
            + ", which every generated stub has; rename the method",
        store,
        declaration,
        "test.Store");
  }

  @Test
  void asyncMethodReturningAValueIsReported() {
    JavaFileObject store =
        store(
            """
              @Async
              long touch(String key);
            """);

    assertSingleError(
        compile(store),
        "[k42j:async-non-void] Store.touch(String) is @Async but returns long, and a one-way call"
            + " has no reply to carry it; make it return void, or remove @Async so that the"
            + " caller waits for the result",
        store,
        "@Async",
        "test.Store");
  }

  @Test
  void asyncMethodDeclaringACheckedExceptionIsReported() {
    JavaFileObject store =
        store(
            """
              @Async
              void flush() throws IllegalStateException, java.io.IOException;
            """);

    assertSingleError(
        compile(store),
        "[k42j:async-checked-exception] Store.flush() is @Async but declares the checked"
            + " exception IOException, which a one-way call can never deliver to its caller;"
            + " remove it from the throws clause, or remove @Async so that the caller waits for"
            + " the outcome",
        store,
        "@Async",
        "test.Store");
  }

  @Test
  void asyncOnADefaultMethodIsReported() {
    JavaFileObject store =
        store(
            """
              String get(String key);

              @Async
              default void warm(String key) {
                get(key);
              }
            """);

    assertSingleError(
        compile(store),
        "[k42j:async-not-remote] Store.warm(String) is marked @Async, but it is a default method,"
            + " which runs in the caller's address space, so it is never called across address"
            + " spaces; put @Async on an abstract method of an @Exported interface, or remove it",
        store,
        "@Async",
        "test.Store");
  }

  @Test
  void asyncOnAClassMethodIsReported() {
    JavaFileObject cache =
        source(
            "test.Cache",
            """
            package test;

            import org.k42j.annotations.*;

            public class Cache {
              @Async
              public void touch(String key) {}
            }
            """);

    Fixtures.Result result = compile(cache);

    Fixtures.assertSingleError(
        result,
        "[k42j:async-not-remote] Cache.touch(String) is marked @Async, but it is not a method of"
            + " an @Exported interface, so it is never called across address spaces; put @Async"
            + " on an abstract method of an @Exported interface, or remove it",
        cache,
        "@Async");
    assertThat(result.created()).isEmpty();
  }

  @Test
  void asyncOnAnInterfaceNoExportedInterfaceExtendsIsReported() {
    JavaFileObject plain =
        source(
            "test.Plain",
            """
            package test;

            import org.k42j.annotations.*;

            public interface Plain {
              @Async
              void touch(String key);
            }
            """);

    Fixtures.assertSingleError(
        compile(plain),
        "[k42j:async-not-remote] Plain.touch(String) is marked @Async, but it is not a method of"
            + " an @Exported interface",
        plain,
        "@Async");
  }

  // --- types that cannot cross -------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "java.util.List<String>|List<String>|List|an interface that is not @Exported",
        "java.util.Map<String, Long>[]|Map<String, Long>[]|Map|an interface that is not @Exported",
        "StringBuilder|StringBuilder|StringBuilder|a class, not a record or an enum",
        "java.util.Date|Date|Date|a class, not a record or an enum",
        "Object|Object|Object|a class, not a record or an enum",
        "Runnable[][]|Runnable[][]|Runnable|an interface that is not @Exported",
        "Number|Number|Number|a class, not a record or an enum"
      })
  void mutableParameterTypeIsReportedOnTheParameter(
      String written, String shown, String offending, String kind) {
    JavaFileObject store = store("  void put(String key, " + written + " value);");

    assertSingleError(
        compile(store),
        "[k42j:remote-mutable-type] parameter value of Store.put(String, "
            + shown
            + ") has the type "
            + shown
            + ", which cannot cross an address space: "
            + offending
            + " is "
            + kind
            + CROSS,
        store,
        "void put(",
        "test.Store");
  }

  @Test
  void mutableResultTypeIsReportedOnTheMethod() {
    JavaFileObject store =
        store(
            """
              String get(String key);

              java.util.List<String> keys();
            """);

    assertSingleError(
        compile(store),
        "[k42j:remote-mutable-type] the result of Store.keys() has the type List<String>, which"
            + " cannot cross an address space: List is an interface that is not @Exported"
            + CROSS,
        store,
        "keys();",
        "test.Store");
  }

  @Test
  void recordWithAMutableComponentIsReportedWithTheComponent() {
    JavaFileObject store = store("  void put(long id, Batch batch);");
    JavaFileObject batch =
        source(
            "test.Batch",
            """
            package test;

            public record Batch(long id, Entry[] entries) {
              public record Entry(String key, StringBuilder text) {}
            }
            """);

    assertSingleError(
        compile(store, batch),
        "[k42j:remote-mutable-type] parameter batch of Store.put(long, Batch) has the type Batch,"
            + " which cannot cross an address space (because of the component Batch.Entry.text):"
            + " StringBuilder is a class, not a record or an enum"
            + CROSS,
        store,
        "void put(",
        "test.Store");
  }

  @Test
  void rawGenericRecordIsReportedAsATypeVariable() {
    JavaFileObject store =
        store(
            """
              @SuppressWarnings("rawtypes")
              void put(Box box);
            """);
    JavaFileObject box =
        source(
            "test.Box",
            """
            package test;

            public record Box<T>(T value) {}
            """);

    assertSingleError(
        compile(store, box),
        "[k42j:remote-type-variable] parameter box of Store.put(Box) has the type Box, which"
            + " cannot cross an address space: T is a type variable, and "
            + KNOWN_TYPES
            + "; use a concrete type",
        store,
        "void put(Box box);",
        "test.Store");
  }

  @Test
  void wildcardTypeArgumentIsReported() {
    JavaFileObject store = store("  void put(Box<? extends Number> box);");
    JavaFileObject box =
        source(
            "test.Box",
            """
            package test;

            public record Box<T>(T value) {}
            """);

    assertSingleError(
        compile(store, box),
        "[k42j:remote-wildcard] parameter box of Store.put(Box<? extends Number>) has the type"
            + " Box<? extends Number>, which cannot cross an address space: ? extends Number is a"
            + " wildcard, and "
            + KNOWN_TYPES
            + "; name the type argument exactly (Box<String>, not Box<? extends CharSequence>)",
        store,
        "void put(Box<? extends Number> box);",
        "test.Store");
  }

  @Test
  void recursiveRecordThatNeedsCopyingIsReported() {
    JavaFileObject store = store("  void put(Node node);");
    JavaFileObject node =
        source(
            "test.Node",
            """
            package test;

            public record Node(int[] values, Node next) {}
            """);

    assertSingleError(
        compile(store, node),
        "[k42j:remote-recursive-record] parameter node of Store.put(Node) has the type Node,"
            + " which cannot cross an address space: the record Node contains itself through"
            + " Node.next and holds an array or a handle, so its copy, made component by"
            + " component, would never end on a value that refers back to itself; pass a flat"
            + " record or arrays of flat records, or export it and pass its interface",
        store,
        "void put(Node node);",
        "test.Store");
  }

  @Test
  void recordTheGeneratedCodeCannotNameIsReported() {
    JavaFileObject store = store("  void put(other.Batch batch);");
    JavaFileObject batch =
        source(
            "other.Batch",
            """
            package other;

            public record Batch(Inner inner) {
              public Batch {}
            }

            record Inner(int[] values) {}
            """);

    assertSingleError(
        compile(store, batch),
        "[k42j:remote-type-not-visible] parameter batch of Store.put(Batch) has the type Batch,"
            + " which cannot cross an address space (because of the component Batch.inner):"
            + " Inner, which the generated stub and skeleton copy, is not visible from package"
            + " test, where they live; make Inner public, and every type it is nested in",
        store,
        "void put(other.Batch batch);",
        "test.Store");
  }

  @Test
  void missingTypeIsReportedOnceAfterTheLastRound() {
    JavaFileObject store = store("  void put(Missing value);");

    Fixtures.Result result = compile(store);

    Fixtures.assertSingleK42jError(
        result,
        "[k42j:unresolved-type] Store.put(Missing) refers to Missing, which does not exist, so"
            + " nothing was generated for Store",
        store,
        "void put(Missing value);",
        "test.Store",
        "Missing",
        1);
    assertNoServiceFile(result);
  }

  @Test
  void exportedInterfacesCompiledWithoutTheKernelAreOneErrorNamingTheArtifact() {
    JavaFileObject clock =
        source(
            "test.Clock",
            """
            package test;

            import org.k42j.annotations.*;

            @Exported
            public interface Clock {
              long now();
            }
            """);

    // No PPC API among the sources: the kernel is missing. One error for the build, on the first
    // interface by name, instead of javac's errors inside the generated stubs and skeletons.
    Fixtures.Result result = compile(store("  String get(String key);"), clock);

    assertSingleError(
        result,
        "[k42j:missing-dependency] Clock is @Exported, but org.k42j.kernel.ppc.Stub, which the"
            + " code generated for it extends, is not on the class path; add the artifact"
            + " org.k42j:k42j-kernel to the dependencies of the build",
        clock,
        "public interface Clock",
        "test.Clock");
    assertThat(result.created()).isEmpty();
  }
}

package org.k42j.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.k42j.processor.diagnostics.Fixtures.assertSingleError;
import static org.k42j.processor.diagnostics.Fixtures.compile;
import static org.k42j.processor.diagnostics.Fixtures.counter;
import static org.k42j.processor.diagnostics.Fixtures.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in the {@code @Rep} class. */
class RepDiagnosticsTest {

  /** {@code test.<name>} with {@code lines} after the package and the annotations import. */
  private static JavaFileObject rep(String name, String declaration) {
    return source(
        "test." + name,
        """
        package test;

        import org.k42j.annotations.*;
        %s
        """
            .formatted(declaration));
  }

  @Test
  void secondRepByQualifiedNameIsReported() {
    JavaFileObject zebra =
        rep(
            "ZebraRep",
            """
            @Rep
            final class ZebraRep implements Counter {
              public void increment() {}
              public long value() { return 0; }
            }
            """);
    JavaFileObject alpha =
        rep(
            "AlphaRep",
            """
            @Rep
            final class AlphaRep implements Counter {
              public void increment() {}
              public long value() { return 0; }
            }
            """);

    // Source order does not matter: the second by qualified name is the duplicate.
    assertSingleError(
        compile(zebra, counter(), alpha),
        "[k42j:duplicate-rep] ZebraRep is a second @Rep for Counter, which already has AlphaRep;"
            + " keep @Rep on exactly one class per contract",
        zebra,
        "final class ZebraRep",
        "test.Counter");
  }

  @Test
  void repImplementingNoContractIsReported() {
    JavaFileObject lonely =
        rep(
            "LonelyRep",
            """
            @Rep
            final class LonelyRep implements Runnable {
              public void run() {}
            }
            """);

    assertSingleError(
        compile(lonely),
        "[k42j:rep-no-contract] LonelyRep is @Rep but implements no @ClusteredObject interface; add"
            + " `implements YourContract` to it, or remove @Rep",
        lonely,
        "final class LonelyRep");
  }

  @Test
  void repImplementingTwoContractsIsReportedOnceForBoth() {
    JavaFileObject gauge =
        source(
            "test.Gauge",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Gauge {
              void set(long level);
            }
            """);
    JavaFileObject both =
        rep(
            "BothRep",
            """
            @Rep
            final class BothRep implements Gauge, Counter {
              public void increment() {}
              public long value() { return 0; }
              public void set(long level) {}
            }
            """);

    assertSingleError(
        compile(counter(), gauge, both),
        "[k42j:rep-two-contracts] BothRep implements both Counter and Gauge, but a rep serves"
            + " exactly one @ClusteredObject interface; write one @Rep class per contract",
        both,
        "final class BothRep",
        "test.Counter",
        "test.Gauge");
  }

  @Test
  void repOnInterfaceIsReported() {
    JavaFileObject rep =
        rep(
            "CounterRep",
            """
            @Rep
            interface CounterRep extends Counter {}
            """);

    assertSingleError(
        compile(counter(), rep),
        "[k42j:rep-not-class] CounterRep is an interface, but a rep is a class the root"
            + " instantiates; declare it as `final class CounterRep implements Counter`",
        rep,
        "interface CounterRep",
        "test.Counter");
  }

  @Test
  void repOnEnumIsReported() {
    JavaFileObject rep =
        rep(
            "CounterRep",
            """
            @Rep
            enum CounterRep implements Counter {
              INSTANCE;
              public void increment() {}
              public long value() { return 0; }
            }
            """);

    assertSingleError(
        compile(counter(), rep),
        "[k42j:rep-not-class] CounterRep is an enum, but a rep is a class the root instantiates;",
        rep,
        "enum CounterRep",
        "test.Counter");
  }

  @Test
  void repOnRecordIsReported() {
    JavaFileObject rep =
        rep(
            "CounterRep",
            """
            @Rep
            record CounterRep(long start) implements Counter {
              public void increment() {}
              public long value() { return 0; }
            }
            """);

    assertSingleError(
        compile(counter(), rep),
        "[k42j:rep-not-class] CounterRep is a record, but a rep is a class the root instantiates;",
        rep,
        "record CounterRep",
        "test.Counter");
  }

  @Test
  void abstractRepIsReported() {
    JavaFileObject rep =
        rep(
            "CounterRep",
            """
            @Rep
            abstract class CounterRep implements Counter {
            }
            """);

    assertSingleError(
        compile(counter(), rep),
        "[k42j:rep-abstract] CounterRep is abstract, so the generated root cannot create it; make"
            + " it a concrete class that implements every method of Counter",
        rep,
        "abstract class CounterRep",
        "test.Counter");
  }

  @Test
  void privateRepIsReported() {
    JavaFileObject reps =
        rep(
            "Reps",
            """
            public class Reps {
              @Rep
              private static final class CounterRep implements Counter {
                public void increment() {}
                public long value() { return 0; }
              }
            }
            """);

    assertSingleError(
        compile(counter(), reps),
        "[k42j:rep-private] Reps.CounterRep is private, so the generated root cannot create it;"
            + " make it package-private or public",
        reps,
        "private static final class CounterRep",
        "test.Counter");
  }

  @Test
  void repNestedInPrivateClassIsReported() {
    JavaFileObject reps =
        rep(
            "Reps",
            """
            public class Reps {
              private static class Holder {
                @Rep
                static final class CounterRep implements Counter {
                  public void increment() {}
                  public long value() { return 0; }
                }
              }
            }
            """);

    assertSingleError(
        compile(counter(), reps),
        "[k42j:rep-private] Reps.Holder.CounterRep is nested in the private class Reps.Holder,",
        reps,
        "static final class CounterRep",
        "test.Counter");
  }

  @Test
  void innerClassRepIsReported() {
    JavaFileObject reps =
        rep(
            "Reps",
            """
            public class Reps {
              @Rep
              final class CounterRep implements Counter {
                public void increment() {}
                public long value() { return 0; }
              }
            }
            """);

    assertSingleError(
        compile(counter(), reps),
        "[k42j:rep-inner] Reps.CounterRep is a non-static inner class, so the generated root cannot"
            + " create it without an enclosing instance; make it a static nested class or a"
            + " top-level class",
        reps,
        "final class CounterRep",
        "test.Counter");
  }

  @Test
  void packagePrivateRepInAnotherPackageIsReported() {
    JavaFileObject rep =
        source(
            "other.CounterRep",
            """
            package other;

            import org.k42j.annotations.*;
            import test.Counter;

            @Rep
            final class CounterRep implements Counter {
              public void increment() {}
              public long value() { return 0; }
            }
            """);

    assertSingleError(
        compile(counter(), rep),
        "[k42j:rep-not-visible] CounterRep is not public, but the generated root lives in package"
            + " test; make it public or move it to that package",
        rep,
        "final class CounterRep",
        "test.Counter");
  }

  @Test
  void repWithOnlyAnArgumentConstructorIsReported() {
    JavaFileObject rep =
        rep(
            "CounterRep",
            """
            @Rep
            final class CounterRep implements Counter {
              private long count;

              CounterRep(long start) {
                count = start;
              }
              public void increment() {}
              public long value() { return 0; }
            }
            """);

    assertSingleError(
        compile(counter(), rep),
        "[k42j:rep-no-constructor] CounterRep has no constructor the root can call; add a"
            + " non-private constructor taking no arguments or taking Counter_Root",
        rep,
        "final class CounterRep",
        "test.Counter");
  }

  @Test
  void repWithOnlyAPrivateConstructorIsReported() {
    JavaFileObject rep =
        rep(
            "CounterRep",
            """
            @Rep
            final class CounterRep implements Counter {
              private CounterRep() {}
              public void increment() {}
              public long value() { return 0; }
            }
            """);

    assertSingleError(
        compile(counter(), rep),
        "[k42j:rep-no-constructor] CounterRep has no constructor the root can call; add a"
            + " non-private constructor taking no arguments or taking Counter_Root",
        rep,
        "final class CounterRep",
        "test.Counter");
  }

  @Test
  void repWhoseConstructorThrowsACheckedExceptionIsReported() {
    JavaFileObject rep =
        rep(
            "CounterRep",
            """
            @Rep
            final class CounterRep implements Counter {
              CounterRep() throws java.io.IOException {}
              public void increment() {}
              public long value() { return 0; }
            }
            """);

    assertSingleError(
        compile(counter(), rep),
        "[k42j:rep-no-constructor] CounterRep has no constructor the root can call; add a"
            + " non-private constructor taking no arguments or taking Counter_Root that throws no"
            + " checked exception (CounterRep() throws IOException)",
        rep,
        "final class CounterRep",
        "test.Counter");
  }

  private static JavaFileObject cache() {
    return source(
        "test.Cache",
        """
        package test;

        import org.k42j.annotations.*;

        @ClusteredObject
        public interface Cache<K, V> {
          V get(K key);

          void put(K key, V value);
        }
        """);
  }

  @Test
  void genericRepMissingATypeVariableIsReported() {
    JavaFileObject rep =
        rep(
            "CacheRep",
            """
            @Rep
            final class CacheRep<K> implements Cache<K, String> {
              public String get(K key) { return null; }
              public void put(K key, String value) {}
            }
            """);

    assertSingleError(
        compile(cache(), rep),
        "[k42j:rep-type-variables] CacheRep must declare the type variables of Cache, with the"
            + " same bounds, and implement it with exactly those, in order; declare it as `class"
            + " CacheRep<K, V> implements Cache<K, V>`",
        rep,
        "final class CacheRep",
        "test.Cache");
  }

  @Test
  void genericRepWithSwappedTypeVariablesIsReported() {
    JavaFileObject rep =
        rep(
            "CacheRep",
            """
            @Rep
            final class CacheRep<K, V> implements Cache<V, K> {
              public K get(V key) { return null; }
              public void put(V key, K value) {}
            }
            """);

    assertSingleError(
        compile(cache(), rep),
        "[k42j:rep-type-variables] CacheRep must declare the type variables of Cache",
        rep,
        "final class CacheRep",
        "test.Cache");
  }

  @Test
  void nonGenericRepOfGenericContractIsReported() {
    JavaFileObject rep =
        rep(
            "CacheRep",
            """
            @Rep
            final class CacheRep implements Cache<String, Long> {
              public Long get(String key) { return null; }
              public void put(String key, Long value) {}
            }
            """);

    assertSingleError(
        compile(cache(), rep),
        "[k42j:rep-type-variables] CacheRep must declare the type variables of Cache",
        rep,
        "final class CacheRep",
        "test.Cache");
  }

  @Test
  void genericRepWithNarrowerBoundsThanTheContractIsReported() {
    JavaFileObject sorted =
        source(
            "test.Sorted",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Sorted<K extends Comparable<K>, V> {
              void put(K key, V value);
            }
            """);
    // javac accepts the rep; the generated root base, declaring the contract's K, could not
    // pass its K to SortedRep.
    JavaFileObject rep =
        rep(
            "SortedRep",
            """
            @Rep
            final class SortedRep<K extends Number & Comparable<K>, V> implements Sorted<K, V> {
              public void put(K key, V value) {}
            }
            """);

    assertSingleError(
        compile(sorted, rep),
        "[k42j:rep-type-variables] SortedRep must declare the type variables of Sorted, with the"
            + " same bounds, and implement it with exactly those, in order; declare it as `class"
            + " SortedRep<K extends Comparable<K>, V> implements Sorted<K, V>`",
        rep,
        "final class SortedRep",
        "test.Sorted");
  }

  @Test
  void repMethodWithRoutingMarkerIsReported() {
    JavaFileObject rep =
        rep(
            "CounterRep",
            """
            @Rep
            final class CounterRep implements Counter {
              public void increment() {}

              @Gather(reduce = Reduce.MAX)
              public long value() { return 0; }
            }
            """);

    assertSingleError(
        compile(counter(), rep),
        "[k42j:marker-outside-contract] CounterRep.value() is marked @Gather, but only methods of a"
            + " @ClusteredObject interface are routed; move the annotation to the contract's"
            + " method, or remove it",
        rep,
        "@Gather(reduce = Reduce.MAX)",
        "test.Counter");
  }

  @Test
  void repMissingAContractMethodIsReportedOnTheRep() {
    JavaFileObject rep =
        source(
            "test.CounterRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class CounterRep implements Counter {
              public void increment() {}
            }
            """);

    // javac's own "is not abstract and does not override" is not reported besides.
    assertSingleError(
        compile(counter(), rep),
        "[k42j:rep-missing-method] CounterRep does not implement Counter.value(), but a rep"
            + " implements every abstract method of its contract (the dispatcher routes calls of"
            + " it to a rep); add a public method long value() to CounterRep",
        rep,
        "final class CounterRep",
        "test.Counter");
  }

  @Test
  void repInheritingTheImplementationOfAContractMethodIsAccepted() {
    JavaFileObject base =
        source(
            "test.Values",
            """
            package test;

            abstract class Values {
              public long value() { return 0; }
            }
            """);
    JavaFileObject rep =
        source(
            "test.CounterRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class CounterRep extends Values implements Counter {
              public void increment() {}
            }
            """);

    Fixtures.Result result = compile(counter(), base, rep);

    assertThat(result.compilation()).succeededWithoutWarnings();
    Fixtures.assertGenerated(result, "test.Counter");
  }

  @Test
  void genericRepDroppingABoundOfTheContractIsReported() {
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
    // javac rejects Index<K> here itself; k42j says what to write instead, and nothing else.
    JavaFileObject rep =
        source(
            "test.IndexRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class IndexRep<K> implements Index<K> {
              public void hit(K key) {}
            }
            """);

    assertSingleError(
        compile(index, rep),
        "[k42j:rep-type-variables] IndexRep must declare the type variables of Index, with the"
            + " same bounds, and implement it with exactly those, in order; declare it as `class"
            + " IndexRep<K extends Comparable<K>> implements Index<K>`",
        rep,
        "final class IndexRep",
        "test.Index");
  }

  @Test
  void repExtendingAnotherContractsRepBaseIsReportedOnTheRep() {
    JavaFileObject gauge =
        source(
            "test.Gauge",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Gauge {
              void set(long value);
            }
            """);
    // Counter_RepBase exists from the first round on; its root() is Counter's root.
    JavaFileObject rep =
        source(
            "test.GaugeRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class GaugeRep extends Counter_RepBase implements Gauge {
              public void set(long value) {}
            }
            """);

    Fixtures.Result result = compile(counter(), Fixtures.counterRep(), gauge, rep);

    assertSingleError(
        result,
        "[k42j:rep-foreign-base] GaugeRep extends Counter_RepBase, the rep base generated for"
            + " another contract, but serves Gauge: its root() and siblings() would be another"
            + " object's, a ClassCastException at run time; extend Gauge_RepBase instead, or no"
            + " rep base",
        rep,
        "final class GaugeRep",
        "test.Gauge");
    Fixtures.assertGenerated(result, "test.Counter");
  }
}

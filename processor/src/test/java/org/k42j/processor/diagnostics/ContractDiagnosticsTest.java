package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static org.k42j.processor.diagnostics.Fixtures.assertSingleError;
import static org.k42j.processor.diagnostics.Fixtures.compile;
import static org.k42j.processor.diagnostics.Fixtures.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes in the {@code @ClusteredObject} type itself. */
class ContractDiagnosticsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a class|public class Counter {}",
        "an enum|public enum Counter { ONE }",
        "a record|public record Counter(long value) {}",
        "an annotation type|public @interface Counter {}"
      })
  void clusteredObjectOnNonInterfaceIsReportedOnTheType(String kind, String declaration) {
    JavaFileObject counter =
        source(
            "test.Counter",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            %s
            """
                .formatted(declaration));

    Fixtures.Result compilation = compile(counter);

    assertSingleError(
        compilation,
        "[k42j:contract-not-interface] Counter is "
            + kind
            + ", but @ClusteredObject marks the interface of a clustered object; declare Counter as"
            + " an interface and put the per-processor code in a @Rep class implementing it",
        counter,
        declaration,
        "test.Counter");
  }

  @Test
  void repOfNonInterfaceContractAddsNoSecondError() {
    JavaFileObject counter =
        source(
            "test.Counter",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public abstract class Counter {
              public abstract void increment();
            }
            """);
    JavaFileObject rep =
        source(
            "test.CounterRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class CounterRep extends Counter {
              @Override
              public void increment() {}
            }
            """);

    assertSingleError(
        compile(counter, rep),
        "[k42j:contract-not-interface] Counter is a class",
        counter,
        "public abstract class Counter",
        "test.Counter");
  }

  @Test
  void privateContractIsReported() {
    JavaFileObject outer =
        source(
            "test.Outer",
            """
            package test;

            import org.k42j.annotations.*;

            public class Outer {
              @ClusteredObject
              private interface Counter {
                void increment();
              }
            }
            """);

    assertSingleError(
        compile(outer),
        "[k42j:contract-private] Outer.Counter is private, so the classes generated next to it"
            + " cannot implement it; make it package-private or public",
        outer,
        "private interface Counter",
        "test.Outer.Counter");
  }

  @Test
  void contractNestedInPrivateClassIsReported() {
    JavaFileObject outer =
        source(
            "test.Outer",
            """
            package test;

            import org.k42j.annotations.*;

            public class Outer {
              private static class Holder {
                @ClusteredObject
                interface Counter {
                  void increment();
                }
              }
            }
            """);

    assertSingleError(
        compile(outer),
        "[k42j:contract-private] Outer.Holder.Counter is nested in the private class Outer.Holder,"
            + " so the classes generated next to it cannot implement it; make it package-private"
            + " or public",
        outer,
        "interface Counter",
        "test.Outer.Holder.Counter");
  }

  @Test
  void serializableContractIsReportedOnTheContract() {
    JavaFileObject counter =
        source(
            "test.Counter",
            """
            package test;

            import java.io.Serializable;
            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Counter extends Serializable {
              void increment();
            }
            """);
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

    assertSingleError(
        compile(counter, rep),
        "[k42j:contract-serializable] Counter extends java.io.Serializable, but CounterRep declares"
            + " no state transfer, and a clustered object's serial form is the state its reps"
            + " export; add an @ExportState and an @ImportState method to CounterRep",
        counter,
        "public interface Counter extends Serializable",
        "test.Counter");
  }

  @Test
  void contractSerializableThroughAnotherInterfaceNamesThatInterface() {
    JavaFileObject counter =
        source(
            "test.Counter",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Counter extends Snapshotted {
              void increment();
            }
            """);
    JavaFileObject snapshotted =
        source(
            "test.Snapshotted",
            """
            package test;

            public interface Snapshotted extends java.io.Serializable {}
            """);
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

    assertSingleError(
        compile(counter, snapshotted, rep),
        "[k42j:contract-serializable] Counter extends Snapshotted, a Serializable interface, but"
            + " CounterRep declares no state transfer",
        counter,
        "public interface Counter extends Snapshotted",
        "test.Counter");
  }

  private static JavaFileObject serializableCounter() {
    return source(
        "test.Counter",
        """
        package test;

        import java.io.Serializable;
        import org.k42j.annotations.*;

        @ClusteredObject
        public interface Counter extends Serializable {
          void increment();
        }
        """);
  }

  @Test
  void serializableContractWhoseRootNeedsArgumentsIsReportedOnTheContract() {
    JavaFileObject counter = serializableCounter();
    JavaFileObject rep =
        source(
            "test.CounterRep",
            """
            package test;

            import java.util.List;
            import org.k42j.annotations.*;

            @Rep(root = CounterRoot.class)
            final class CounterRep implements Counter {
              long count;

              public void increment() { count++; }

              @ExportState
              long export() { return count; }

              @ImportState
              void load(List<Long> counts) { counts.forEach(c -> count += c); }
            }
            """);
    JavaFileObject root =
        source(
            "test.CounterRoot",
            """
            package test;

            import org.k42j.annotations.*;

            @Root
            class CounterRoot extends Counter_RootBase {
              CounterRoot(String name) {}
            }
            """);

    assertSingleError(
        compile(counter, rep, root),
        "[k42j:contract-serializable-root] Counter extends Serializable, but its root CounterRoot"
            + " cannot be made without arguments",
        counter,
        "public interface Counter extends Serializable",
        "test.Counter");
  }

  @Test
  void serializableContractExportingAStateThatIsNotSerializableIsReportedOnTheExport() {
    JavaFileObject counter = serializableCounter();
    JavaFileObject rep =
        source(
            "test.CounterRep",
            """
            package test;

            import java.util.List;
            import org.k42j.annotations.*;

            @Rep
            final class CounterRep implements Counter {
              record Tally(long count) {}

              long count;

              public void increment() { count++; }

              @ExportState
              Tally export() { return new Tally(count); }

              @ImportState
              void load(List<Tally> tallies) { tallies.forEach(t -> count += t.count()); }
            }
            """);

    assertSingleError(
        compile(counter, rep),
        "[k42j:contract-serializable-state] Counter extends Serializable, but CounterRep.export()"
            + " exports CounterRep.Tally, which is not Serializable",
        rep,
        "Tally export()",
        "test.Counter");
  }

  @Test
  void contractWithoutRepIsReportedOnTheContract() {
    JavaFileObject counter = Fixtures.counter();

    assertSingleError(
        compile(counter),
        "[k42j:missing-rep] Counter has no @Rep class; write a class annotated @Rep that"
            + " implements it, for example `@Rep final class CounterRep implements Counter`",
        counter,
        "public interface Counter",
        "test.Counter");
  }

  @Test
  void contractMentioningATypeThatNeverAppearsIsReportedInTheLastRound() {
    JavaFileObject counter =
        source(
            "test.Counter",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Counter {
              Snapshot snapshot();
            }
            """);

    JavaFileObject rep =
        source(
            "test.CounterRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class CounterRep implements Counter {
              @Override
              public Snapshot snapshot() {
                return null;
              }
            }
            """);

    Fixtures.Result compilation = compile(counter, rep);

    // javac reports both references to the unknown type itself; k42j adds one error naming it.
    Fixtures.assertSingleK42jError(
        compilation,
        "[k42j:unresolved-type] Counter.snapshot() refers to Snapshot, which does not exist, so"
            + " nothing was generated for Counter; fix the name or the import, or run the"
            + " processor that generates Snapshot",
        counter,
        "Snapshot snapshot();",
        "test.Counter",
        "Snapshot",
        2);
  }

  @Test
  void sealedContractPermittingOnlyItsRepIsReported() {
    JavaFileObject gate =
        source(
            "test.Gate",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public sealed interface Gate permits GateRep {
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

    assertSingleError(
        compile(gate, rep),
        "[k42j:contract-sealed] Gate is sealed, but does not permit Gate_Dispatcher, Gate_Miss and"
            + " Gate_Guard, which k42j generates to implement it; remove sealed and its permits"
            + " clause, or add Gate_Dispatcher, Gate_Miss and Gate_Guard to the permits clause",
        gate,
        "public sealed interface Gate",
        "test.Gate");
  }

  @Test
  void sealedContractOfAnExclusiveRepNotPermittingTheGuardIsReported() {
    JavaFileObject gate =
        source(
            "test.Gate",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public sealed interface Gate permits GateRep, Gate_Dispatcher, Gate_Miss {
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

    // The permitted generated classes get stand-ins, so javac finds them.
    assertSingleError(
        compile(gate, rep),
        "[k42j:contract-sealed] Gate is sealed, but does not permit Gate_Guard, which k42j"
            + " generates to implement it;",
        gate,
        "public sealed interface Gate",
        "test.Gate");
  }

  @Test
  void memberTypeHidingATypeOfTheContractsPackageIsReportedOnTheMemberType() {
    JavaFileObject log =
        source(
            "test.Log",
            """
            package test;

            public final class Log {}
            """);
    JavaFileObject machine =
        source(
            "test.Machine",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Machine {
              final class Log {}

              void write(test.Log log);
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
              public void write(test.Log log) {}
            }
            """);

    // Inside a class implementing Machine, Log means Machine.Log, and the generated code can name
    // test.Log only so.
    assertSingleError(
        compile(log, machine, rep),
        "[k42j:hidden-type] Machine has the member type Machine.Log, which hides test.Log inside"
            + " the classes generated to implement Machine; rename one of the two",
        machine,
        "final class Log {}",
        "test.Machine");
  }

  @Test
  void contractCompiledWithoutTheRuntimeIsOneErrorNamingTheArtifact() {
    JavaFileObject counter = Fixtures.counter();
    JavaFileObject rep =
        source(
            "test.CounterRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class CounterRep extends Counter_RepBase implements Counter {
              public void increment() {}

              public long value() { return 0; }
            }
            """);

    Fixtures.Result result =
        Fixtures.compileWithout("runtime", new RecordingProcessor(), counter, rep);

    // No error inside generated code, and the rep's base is a stand-in.
    Fixtures.assertSingleError(
        result,
        "[k42j:missing-dependency] Counter is @ClusteredObject, but"
            + " org.k42j.runtime.internal.ClusterRoot, which the code generated for it extends, is"
            + " not on the class path; add the artifact org.k42j:k42j-runtime to the dependencies"
            + " of the build",
        counter,
        "public interface Counter",
        "test.Counter");
    assertThat(result.created())
        .containsExactly("test.Counter_RootBase", "test.Counter_RepBase", "test.Counter_Root");
    assertThat(result.source("test.Counter_RepBase")).doesNotContain("AbstractRep");
  }

  @Test
  void contractWithNoMethodToRouteIsGeneratedWithAWarning() {
    JavaFileObject marker =
        source(
            "test.Marker",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Marker {
              static Marker none() { return null; }
            }
            """);
    JavaFileObject rep =
        source(
            "test.MarkerRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class MarkerRep implements Marker {}
            """);

    Fixtures.Result result = compile(marker, rep);

    com.google.testing.compile.CompilationSubject.assertThat(result.compilation()).succeeded();
    com.google.testing.compile.CompilationSubject.assertThat(result.compilation())
        .hadWarningContaining(
            "[k42j:contract-no-methods] Marker has no method to route (a warning: its classes are"
                + " generated), so a handle to it can do nothing; declare the operations of the"
                + " clustered object in Marker, or remove @ClusteredObject")
        .inFile(marker)
        .onLineContaining("public interface Marker");
    com.google.testing.compile.CompilationSubject.assertThat(result.compilation())
        .hadWarningCount(1);
    Fixtures.assertGenerated(result, "test.Marker");
  }

  @Test
  void faultyContractsRepTakingTheGeneratedRootGetsOneError() {
    JavaFileObject registry =
        source(
            "test.Registry",
            """
            package test;

            import org.k42j.annotations.*;

            @ClusteredObject
            public interface Registry {
              @Gather
              long size();
            }
            """);
    // The rep's constructor and superclass name generated types: their stand-ins let it compile.
    JavaFileObject rep =
        source(
            "test.RegistryRep",
            """
            package test;

            import org.k42j.annotations.*;

            @Rep
            final class RegistryRep extends Registry_RepBase implements Registry {
              RegistryRep(Registry_Root root) {}

              public long size() { return 0; }
            }
            """);

    Fixtures.Result result = compile(registry, rep);

    assertSingleError(
        result,
        "[k42j:gather-no-reduction] @Gather on Registry.size() names neither a reduction nor a"
            + " combiner;",
        registry,
        "@Gather",
        "test.Registry");
    assertThat(result.created())
        .containsExactly("test.Registry_RootBase", "test.Registry_RepBase", "test.Registry_Root")
        .inOrder();
  }
}

package org.k42j.processor.clustered.writer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.k42j.processor.clustered.writer.Models.broadcast;
import static org.k42j.processor.clustered.writer.Models.dispatch;
import static org.k42j.processor.clustered.writer.Models.param;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Reduce;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.MethodModel;

/**
 * A package-private contract nested in a class, with overloads, varargs, checked exceptions, a
 * generic method, a default method, a method inherited from a superinterface, parameters named like
 * the generated code's own fields and locals, and a method called {@code rep()}.
 */
class NestedPackagePrivateContractTest {
  static final ClassName STRING = ClassName.get(String.class);
  static final TypeName IO = ClassName.get(IOException.class);
  static final TypeVariableName T = TypeVariableName.get("T", ClassName.get(Number.class));

  static final ContractModel LOG =
      Models.contract("journal", "Outer", "Log")
          .packagePrivate()
          .rep("LogRep")
          .methods(
              dispatch("append", TypeName.VOID, param(STRING, "line")),
              dispatch(
                  "append", TypeName.VOID, param(TypeName.INT, "level"), param(STRING, "line")),
              new MethodModel(
                  "appendf",
                  List.of(),
                  TypeName.VOID,
                  List.of(param(STRING, "format"), param(ArrayTypeName.of(Object.class), "args")),
                  true,
                  List.of(),
                  RouteKind.DISPATCH,
                  Reduce.NONE,
                  null,
                  null),
              new MethodModel(
                  "read",
                  List.of(),
                  STRING,
                  List.of(param(TypeName.INT, "index")),
                  false,
                  List.of(IO, ClassName.get(TimeoutException.class)),
                  RouteKind.DISPATCH,
                  Reduce.NONE,
                  null,
                  null),
              new MethodModel(
                  "first",
                  List.of(T),
                  T,
                  List.of(param(ParameterizedTypeName.get(ClassName.get(List.class), T), "values")),
                  false,
                  List.of(),
                  RouteKind.DISPATCH,
                  Reduce.NONE,
                  null,
                  null),
              new MethodModel(
                  "appendAll",
                  List.of(),
                  TypeName.VOID,
                  List.of(param(ArrayTypeName.of(STRING), "lines")),
                  true,
                  List.of(),
                  RouteKind.DISPATCH,
                  Reduce.NONE,
                  null,
                  null),
              dispatch("rep", TypeName.INT),
              new MethodModel(
                  "count",
                  List.of(),
                  TypeName.LONG,
                  List.of(param(STRING, "core"), param(TypeName.INT, "result")),
                  false,
                  List.of(IO),
                  RouteKind.GATHER,
                  Reduce.SUM,
                  null,
                  null),
              broadcast("mark", param(TypeName.INT, "slot"), param(STRING, "rep")),
              dispatch("name", STRING))
          .build();

  static final String[] SOURCES = {
    "journal.Named",
    """
    package journal;

    interface Named {
      String name();
    }
    """,
    "journal.Outer",
    """
    package journal;

    import java.io.IOException;
    import java.util.List;
    import java.util.concurrent.TimeoutException;
    import org.k42j.annotations.Broadcast;
    import org.k42j.annotations.ClusteredObject;
    import org.k42j.annotations.Gather;
    import org.k42j.annotations.Reduce;

    class Outer {
      @ClusteredObject
      interface Log extends Named {
        void append(String line);

        void append(int level, String line);

        void appendf(String format, Object... args);

        String read(int index) throws IOException, TimeoutException;

        <T extends Number> T first(List<T> values);

        default void appendAll(String... lines) {
          for (String line : lines) {
            append(line);
          }
        }

        int rep();

        @Gather(reduce = Reduce.SUM)
        long count(String core, int result) throws IOException;

        @Broadcast
        void mark(int slot, String rep);
      }
    }
    """,
    "journal.LogRep",
    """
    package journal;

    import java.io.IOException;
    import java.util.ArrayList;
    import java.util.List;
    import java.util.concurrent.TimeoutException;
    import org.k42j.annotations.Rep;

    @Rep
    final class LogRep extends Outer_Log_RepBase implements Outer.Log {
      private final List<String> lines = new ArrayList<>();

      @Override
      public void append(String line) {
        lines.add(line);
      }

      @Override
      public void append(int level, String line) {
        lines.add(level + " " + line);
      }

      @Override
      public void appendf(String format, Object... args) {
        lines.add(String.format(format, args));
      }

      @Override
      public String read(int index) throws IOException, TimeoutException {
        if (index >= lines.size()) {
          throw new IOException("no line " + index);
        }
        return lines.get(index);
      }

      @Override
      public <T extends Number> T first(List<T> values) {
        return values.get(0);
      }

      @Override
      public int rep() {
        return slot();
      }

      @Override
      public long count(String core, int result) throws IOException {
        return lines.stream().filter(line -> line.startsWith(core)).count() + result;
      }

      @Override
      public void mark(int slot, String rep) {
        lines.add(slot + rep);
      }

      @Override
      public String name() {
        return "log";
      }
    }
    """
  };

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation = Compilations.compile(new WritingProcessor(LOG), SOURCES);
  }

  @Test
  void nestedPackagePrivateContractCompilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void nestedContractGetsTopLevelTypesNamedAfterItsEnclosingType() {
    for (String suffix :
        List.of("Dispatcher", "Miss", "RootBase", "Root", "RepBase", "Guard", "Factory")) {
      assertTrue(
          compilation.generatedSourceFile("journal.Outer_Log_" + suffix).isPresent(), suffix);
    }
  }

  @Test
  void packagePrivateContractGetsPackagePrivateTypesAndNoServiceEntry() {
    for (String suffix :
        List.of("Dispatcher", "Miss", "RootBase", "Root", "RepBase", "Guard", "Factory")) {
      String source = Compilations.source(compilation, "journal.Outer_Log_" + suffix);
      assertFalse(source.contains("public final class"), source);
      assertFalse(source.contains("public abstract class"), source);
    }
    assertFalse(
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/journal.Outer$Log")
            .isPresent());
  }

  @Test
  void checkedExceptionsAreDeclaredWhereverTheCallPassesThrough() {
    for (String suffix : List.of("Dispatcher", "Miss", "Guard")) {
      String source = Compilations.source(compilation, "journal.Outer_Log_" + suffix);
      assertTrue(
          source.contains("public String read(int index) throws IOException, TimeoutException {"),
          source);
      assertTrue(
          source.contains("public long count(String core, int result) throws IOException {"),
          source);
    }
  }

  @Test
  void varargsAndGenericMethodsKeepTheirShape() {
    String dispatcher = Compilations.source(compilation, "journal.Outer_Log_Dispatcher");
    assertTrue(
        dispatcher.contains(
            "public void appendf(String format, Object... args) {\n"
                + "    callerRep().appendf(format, args);"),
        dispatcher);
    assertTrue(
        dispatcher.contains("public <T extends Number> T first(List<T> values) {"), dispatcher);
  }

  @Test
  void parametersNamedLikeGeneratedNamesNeitherShadowNorClash() {
    String dispatcher = Compilations.source(compilation, "journal.Outer_Log_Dispatcher");
    assertTrue(
        dispatcher.contains("public int rep() {\n    return callerRep().rep();"), dispatcher);
    assertTrue(
        dispatcher.contains(
            "Object visit = this.core.beginVisit();\n    try {\n      long result_ = 0L;"),
        dispatcher);
    assertTrue(dispatcher.contains("} finally {\n      this.core.endVisit(visit);"), dispatcher);
    assertTrue(dispatcher.contains("result_ += rep.count(core, result);"), dispatcher);
    assertTrue(
        dispatcher.contains(
            "for (int slot_ = 0, slots = core.repSlots(); slot_ < slots; slot_++) {\n"
                + "        Outer.Log rep_ = core.entryAt(slot_);"),
        dispatcher);
    assertTrue(dispatcher.contains("rep_.mark(slot, rep);"), dispatcher);
    String miss = Compilations.source(compilation, "journal.Outer_Log_Miss");
    assertTrue(
        miss.contains("return this.core.miss(Processors.current()).count(core, result);"), miss);
    String guard = Compilations.source(compilation, "journal.Outer_Log_Guard");
    assertTrue(guard.contains("this.rep.mark(slot, rep);"), guard);
  }

  @Test
  void defaultAndInheritedMethodsAreImplementedByEveryRowEntry() {
    for (String suffix : List.of("Dispatcher", "Miss", "Guard")) {
      String source = Compilations.source(compilation, "journal.Outer_Log_" + suffix);
      assertTrue(source.contains("public void appendAll(String... lines) {"), source);
      assertTrue(source.contains("public String name() {"), source);
    }
  }

  @Test
  void overloadsAreAllImplemented() {
    String guard = Compilations.source(compilation, "journal.Outer_Log_Guard");
    assertEquals(2, guard.split("public void append\\(", -1).length - 1, guard);
  }
}

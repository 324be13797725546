package org.k42j.processor.clustered.writer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.TypeName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k42j.annotations.Reduce;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.testing.LoadedClasses;
import org.k42j.processor.testing.PinnedIdentity;
import org.k42j.runtime.Processors;

/**
 * Every built-in reduction over every type it admits, generated, compiled, loaded and called: with
 * no rep the result is the reduction's identity; with reps it is the fold of their results.
 *
 * <p>The rep in slot {@code s} returns {@code -3, 14, -9, 28} for {@code s = 0..3} (halved for
 * floating types), so sums, minima and maxima all differ from each other and from any start value.
 */
class ReductionTest {
  private static final List<String> NUMERIC =
      List.of("int", "long", "float", "double", "Integer", "Long", "Float", "Double");
  private static final List<Reduce> FOLDS = List.of(Reduce.SUM, Reduce.MIN, Reduce.MAX);

  private static Compilation compilation;

  @TempDir static Path classes;

  @BeforeAll
  static void compile() {
    Models.Contract stats = Models.contract("stats", "Stats");
    StringBuilder contract =
        new StringBuilder(
            "package stats;\n\nimport org.k42j.annotations.*;\n\n@ClusteredObject\n"
                + "public interface Stats {\n  void touch();\n");
    StringBuilder rep =
        new StringBuilder(
            "package stats;\n\n@org.k42j.annotations.Rep\n"
                + "public final class StatsRep extends Stats_RepBase implements Stats {\n"
                + "  private static final int[] VALUES = {-3, 14, -9, 28};\n\n"
                + "  @Override public void touch() {}\n\n"
                + "  private double value(boolean floating) {\n"
                + "    return floating ? VALUES[slot()] / 2.0 : VALUES[slot()];\n  }\n");
    List<MethodModel> methods = new ArrayList<>();
    methods.add(Models.dispatch("touch", TypeName.VOID));
    for (String type : NUMERIC) {
      for (Reduce fold : FOLDS) {
        String name = name(fold, type);
        contract
            .append("  @Gather(reduce = Reduce.")
            .append(fold)
            .append(") ")
            .append(type)
            .append(' ')
            .append(name)
            .append("();\n");
        boolean floating = type.equalsIgnoreCase("float") || type.equalsIgnoreCase("double");
        rep.append("  @Override public ")
            .append(type)
            .append(' ')
            .append(name)
            .append("() { return ")
            .append(primitive(type).equals("double") ? "" : "(" + primitive(type) + ") ")
            .append("value(")
            .append(floating)
            .append("); }\n");
        methods.add(Models.gather(name, typeName(type), fold));
      }
    }
    for (String type : List.of("boolean", "Boolean")) {
      for (Reduce fold : List.of(Reduce.ALL, Reduce.ANY)) {
        String name = name(fold, type);
        contract
            .append("  @Gather(reduce = Reduce.")
            .append(fold)
            .append(") ")
            .append(type)
            .append(' ')
            .append(name)
            .append("();\n");
        String body = fold == Reduce.ALL ? "slot() != 2" : "slot() == 2";
        rep.append("  @Override public ")
            .append(type)
            .append(' ')
            .append(name)
            .append("() { return ")
            .append(body)
            .append("; }\n");
        methods.add(Models.gather(name, typeName(type), fold));
      }
    }
    ContractModel model = stats.methods(methods.toArray(new MethodModel[0])).build();
    compilation =
        Compilations.compile(
            new WritingProcessor(model),
            "stats.Stats",
            contract.append("}\n").toString(),
            "stats.StatsRep",
            rep.append("}\n").toString());
  }

  @Test
  void everyReductionCompilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void reductionsFoldInPrimitivesWithoutBoxingInTheLoop() {
    String dispatcher = Compilations.source(compilation, "stats.Stats_Dispatcher");
    assertTrue(
        dispatcher.contains(
            "public Long sumBoxedLong() {\n    Object visit = core.beginVisit();\n    try {\n"
                + "      long result = 0L;"),
        dispatcher);
    // A rep's box is checked for null in a local, then folded into the primitive.
    assertTrue(dispatcher.contains("Double value = rep.minBoxedDouble();"), dispatcher);
    assertTrue(dispatcher.contains("result = Math.min(result, value);"), dispatcher);
    assertTrue(dispatcher.contains("double result = Double.NEGATIVE_INFINITY;"), dispatcher);
    assertTrue(dispatcher.contains("int result = Integer.MIN_VALUE;"), dispatcher);
    assertTrue(dispatcher.contains("boolean result = true;"), dispatcher);
    assertTrue(dispatcher.contains("Boolean value = rep.allBoxedBoolean();"), dispatcher);
    assertTrue(dispatcher.contains("result &= value;"), dispatcher);
    assertFalse(dispatcher.contains("Long result"), dispatcher);
  }

  @Test
  void withoutRepsEveryReductionReturnsItsIdentity() throws Throwable {
    try (Processors.Installation machine = PinnedIdentity.install(4);
        LoadedClasses loaded = LoadedClasses.load(compilation, classes.resolve("empty"))) {
      Object stats = loaded.callStatic("stats.Stats_Factory", "create");
      for (String type : NUMERIC) {
        String kind = primitive(type);
        assertEquals(cast(kind, 0), call(loaded, stats, name(Reduce.SUM, type)), type);
        assertEquals(cast(kind, maxOf(kind)), call(loaded, stats, name(Reduce.MIN, type)), type);
        assertEquals(cast(kind, minOf(kind)), call(loaded, stats, name(Reduce.MAX, type)), type);
      }
      assertEquals(true, call(loaded, stats, "allBoolean"));
      assertEquals(false, call(loaded, stats, "anyBoxedBoolean"));
    }
  }

  @Test
  void withRepsEveryReductionFoldsTheirResults() throws Throwable {
    try (Processors.Installation machine = PinnedIdentity.install(4);
        LoadedClasses loaded = LoadedClasses.load(compilation, classes.resolve("full"))) {
      Object stats = loaded.callStatic("stats.Stats_Factory", "create");
      for (int processor = 0; processor < 4; processor++) {
        PinnedIdentity.on(processor, () -> call(loaded, stats, "touch"));
      }
      for (String type : NUMERIC) {
        String kind = primitive(type);
        double scale = kind.equals("float") || kind.equals("double") ? 0.5 : 1;
        assertEquals(cast(kind, 30 * scale), call(loaded, stats, name(Reduce.SUM, type)), type);
        assertEquals(cast(kind, -9 * scale), call(loaded, stats, name(Reduce.MIN, type)), type);
        assertEquals(cast(kind, 28 * scale), call(loaded, stats, name(Reduce.MAX, type)), type);
      }
      for (String type : List.of("boolean", "Boolean")) {
        assertEquals(false, call(loaded, stats, name(Reduce.ALL, type)), type);
        assertEquals(true, call(loaded, stats, name(Reduce.ANY, type)), type);
      }
    }
  }

  @Test
  void floatingMaximumOfNegativeResultsIsNegative() throws Throwable {
    try (Processors.Installation machine = PinnedIdentity.install(4);
        LoadedClasses loaded = LoadedClasses.load(compilation, classes.resolve("negative"))) {
      Object stats = loaded.callStatic("stats.Stats_Factory", "create");
      PinnedIdentity.on(0, () -> call(loaded, stats, "touch"));
      PinnedIdentity.on(2, () -> call(loaded, stats, "touch"));
      assertEquals(-1.5, call(loaded, stats, "maxDouble"));
      assertEquals(-1.5f, call(loaded, stats, "maxBoxedFloat"));
      assertEquals(-3, call(loaded, stats, "maxInt"));
      assertEquals(true, call(loaded, stats, "allBoolean") instanceof Boolean);
    }
  }

  private static Object call(LoadedClasses loaded, Object stats, String method) throws Exception {
    try {
      return loaded.call("stats.Stats", stats, method);
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  private static String name(Reduce fold, String type) {
    String prefix = fold.name().toLowerCase();
    boolean boxed = Character.isUpperCase(type.charAt(0));
    String simple = boxed ? type : Character.toUpperCase(type.charAt(0)) + type.substring(1);
    return prefix + (boxed ? "Boxed" : "") + simple;
  }

  private static String primitive(String type) {
    return switch (type) {
      case "Integer" -> "int";
      case "Long" -> "long";
      case "Float" -> "float";
      case "Double" -> "double";
      case "Boolean" -> "boolean";
      default -> type;
    };
  }

  private static TypeName typeName(String type) {
    TypeName primitive =
        switch (primitive(type)) {
          case "int" -> TypeName.INT;
          case "long" -> TypeName.LONG;
          case "float" -> TypeName.FLOAT;
          case "double" -> TypeName.DOUBLE;
          default -> TypeName.BOOLEAN;
        };
    return type.equals(primitive(type)) ? primitive : primitive.box();
  }

  private static double maxOf(String kind) {
    return switch (kind) {
      case "int" -> Integer.MAX_VALUE;
      case "long" -> Long.MAX_VALUE;
      default -> Double.POSITIVE_INFINITY;
    };
  }

  private static double minOf(String kind) {
    return switch (kind) {
      case "int" -> Integer.MIN_VALUE;
      case "long" -> Long.MIN_VALUE;
      default -> Double.NEGATIVE_INFINITY;
    };
  }

  private static Object cast(String kind, double value) {
    return switch (kind) {
      case "int" -> (int) value;
      case "long" -> (long) value;
      case "float" -> (float) value;
      default -> value;
    };
  }
}

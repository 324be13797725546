package org.k42j.it.ppc;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.k42j.processor.ClusteredObjectProcessor;
import org.k42j.processor.ExportedProcessor;

/**
 * Exported interfaces that are valid compile, with their generated code, without a warning; the
 * remote methods are numbered as documented and values pass as their shapes say.
 */
class ExportedAcceptanceTest {
  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static Map<String, String> generatedFrom(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    return SnippetCompilations.generated(compilation);
  }

  @Test
  void inheritedMethodsComeAfterTheInterfacesOwnAndOthersAreNotRemote() {
    Map<String, String> generated =
        generatedFrom(
            SnippetCompilations.compile(
                "test.Lookup",
                lines(
                    "package test;",
                    "public interface Lookup<V> {",
                    "  V get(String key);",
                    "  int size();",
                    "}"),
                "test.Store",
                lines(
                    "package test;",
                    "import org.k42j.annotations.*;",
                    "@Exported",
                    "public interface Store extends Lookup<String> {",
                    "  void put(String key, String value);",
                    "  default String getOr(String key, String fallback) {",
                    "    String value = get(key);",
                    "    return value == null ? fallback : value;",
                    "  }",
                    "  static Store none() { return null; }",
                    "  @Override String toString();",
                    "  int size();",
                    "}")));

    String skeleton = generated.get("Store_Skeleton.java");
    assertThat(skeleton).contains("super(Store.class, 3);");
    assertThat(skeleton)
        .contains("case 0:\n        target.put((String) args[0], (String) args[1]);");
    assertThat(skeleton).contains("case 1:\n        return target.size();");
    assertThat(skeleton).contains("case 2:\n        return target.get((String) args[0]);");
    String stub = generated.get("Store_Stub.java");
    assertThat(stub)
        .contains(
            "public String get(String key) {\n    if (!migrating()) {\n      return (String) call(2,");
    assertThat(stub).contains("result = ((Store) target()).get(key);");
    assertThat(stub).doesNotContain("getOr");
    assertThat(stub).doesNotContain("toString");
  }

  @Test
  void asyncIsReadFromTheFirstDeclarationAndFromPlainSuperinterfaces() {
    Map<String, String> generated =
        generatedFrom(
            SnippetCompilations.compile(
                "test.Events",
                lines(
                    "package test;",
                    "import org.k42j.annotations.*;",
                    "public interface Events {",
                    "  @Async void post(String event);",
                    "  void flush();",
                    "}"),
                "test.Bus",
                lines(
                    "package test;",
                    "import org.k42j.annotations.*;",
                    "@Exported",
                    "public interface Bus extends Events {",
                    "  @Async void flush();",
                    "}")));

    String stub = generated.get("Bus_Stub.java");
    assertThat(stub).contains("send(0, NO_ARGS);");
    assertThat(stub).contains("send(1, new Object[] {event});");
    assertThat(stub).doesNotContain("call(");
  }

  @Test
  void sharedValuesPassAsTheyAreAndArraysAreCopied() {
    Map<String, String> generated =
        generatedFrom(
            SnippetCompilations.compile(
                "test.Node",
                "package test; public record Node(int value, String label, Node next) {}",
                "test.Point",
                "package test; public record Point(Integer x, Character c) {}",
                "test.Tally",
                lines(
                    "package test;",
                    "import org.k42j.annotations.*;",
                    "@Exported",
                    "public interface Tally {",
                    "  Node chain(Node node, Point point, Thread.State state, char c, Boolean"
                        + " flag);",
                    "  String[] names(Thread.State[] states, Point[] points);",
                    "}")));

    String stub = generated.get("Tally_Stub.java");
    assertThat(stub).contains("new Object[] {node, point, state, c, flag}");
    assertThat(stub).contains("new Object[] {ByValue.array(states), ByValue.array(points)}");
    String skeleton = generated.get("Tally_Skeleton.java");
    assertThat(skeleton)
        .contains(
            "return target.chain((Node) args[0], (Point) args[1], (Thread.State) args[2], (char)"
                + " args[3],\n            (Boolean) args[4]);");
    assertThat(skeleton).contains("return ByValue.array(target.names(");
  }

  @Test
  void nestedInterfaceGetsThePrefixOfItsEnclosingTypesAndQualifiesItsMemberTypes() {
    Map<String, String> generated =
        generatedFrom(
            SnippetCompilations.compile(
                "test.Outer",
                lines(
                    "package test;",
                    "import org.k42j.annotations.*;",
                    "public final class Outer {",
                    "  @Exported",
                    "  public interface Store {",
                    "    Entry get(String key);",
                    "    record Entry(String key, int[] values) {}",
                    "  }",
                    "}")));

    assertThat(generated.keySet())
        .containsExactly(
            "Outer_Store_Stub.java",
            "Outer_Store_Skeleton.java",
            "Outer_Store_Binding.java",
            "META-INF/services/org.k42j.kernel.ppc.PpcBinding");
    assertThat(generated.get("META-INF/services/org.k42j.kernel.ppc.PpcBinding"))
        .isEqualTo("test.Outer_Store_Binding\n");
    assertThat(generated.get("Outer_Store_Skeleton.java"))
        .contains(
            "private static Outer.Store.Entry copyOuter_Store_Entry(Outer.Store.Entry value)");
  }

  @Test
  void clusteredObjectCanBeExportedToo() {
    Compilation compilation =
        SnippetCompilations.compileWith(
            List.of(new ClusteredObjectProcessor(), new ExportedProcessor()),
            "test.Counter",
            lines(
                "package test;",
                "import org.k42j.annotations.*;",
                "@ClusteredObject",
                "@Exported",
                "public interface Counter {",
                "  void add(long delta);",
                "  @Gather(reduce = Reduce.SUM)",
                "  long total();",
                "}"),
            "test.CounterRep",
            lines(
                "package test;",
                "import org.k42j.annotations.*;",
                "@Rep",
                "final class CounterRep implements Counter {",
                "  private long count;",
                "  public void add(long delta) { count += delta; }",
                "  public long total() { return count; }",
                "}"));

    Map<String, String> generated = generatedFrom(compilation);
    assertThat(generated.keySet())
        .containsAtLeast(
            "Counter_Dispatcher.java",
            "Counter_Stub.java",
            "Counter_Skeleton.java",
            "Counter_Binding.java");
  }

  @Test
  void deprecatedRemoteMethodCompilesWithoutWarnings() {
    Map<String, String> generated =
        generatedFrom(
            SnippetCompilations.compile(
                "test.Old",
                lines(
                    "package test;",
                    "import org.k42j.annotations.*;",
                    "@Exported",
                    "public interface Old {",
                    "  @Deprecated long legacy(String key);",
                    "  @Deprecated(forRemoval = true) void gone();",
                    "  long current();",
                    "}")));

    assertThat(generated.get("Old_Stub.java")).contains("@Deprecated");
  }
}

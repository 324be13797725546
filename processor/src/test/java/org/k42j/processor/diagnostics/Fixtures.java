package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.k42j.processor.ClusteredObjectProcessor;
import org.k42j.processor.model.GeneratedType;

/** Sources and assertions shared by the diagnostics tests. */
final class Fixtures {
  private Fixtures() {}

  /** A source file {@code name} (qualified) with {@code lines}. */
  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

  /** Compiles {@code sources} with the k42j processor alone. */
  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new ClusteredObjectProcessor()).compile(sources);
  }

  /** Compiles {@code sources} with the k42j processor and {@code others}. */
  static Compilation compileWith(List<Processor> others, JavaFileObject... sources) {
    List<Processor> processors = new ArrayList<>(others);
    processors.add(0, new ClusteredObjectProcessor());
    return Compiler.javac().withProcessors(processors).compile(sources);
  }

  /** {@code @ClusteredObject public interface test.Counter} with a dispatched and a SUM method. */
  static JavaFileObject counter() {
    return source(
        "test.Counter",
        "package test;",
        "",
        "import org.k42j.annotations.*;",
        "",
        "@ClusteredObject",
        "public interface Counter {",
        "  void increment();",
        "",
        "  @Gather(reduce = Reduce.SUM)",
        "  long value();",
        "}");
  }

  /** A valid rep of {@link #counter()}. */
  static JavaFileObject counterRep() {
    return source(
        "test.CounterRep",
        "package test;",
        "",
        "import org.k42j.annotations.*;",
        "",
        "@Rep",
        "final class CounterRep implements Counter {",
        "  private long count;",
        "",
        "  @Override",
        "  public void increment() {",
        "    count++;",
        "  }",
        "",
        "  @Override",
        "  public long value() {",
        "    return count;",
        "  }",
        "}");
  }

  /**
   * Asserts the compilation failed with exactly one error, {@code message}, in {@code file} on the
   * line containing {@code line}, and generated nothing for the {@code contracts} (qualified
   * names).
   */
  static void assertSingleError(
      Compilation compilation,
      String message,
      JavaFileObject file,
      String line,
      String... contracts) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
    for (String contract : contracts) {
      assertNothingGeneratedFor(compilation, contract);
    }
  }

  /**
   * Like {@link #assertSingleError} for sources that must name a type k42j generates only for a
   * valid contract (a {@code @Root} extends {@code <prefix>_RootBase}): besides the one k42j
   * error, javac reports each such reference as "cannot find symbol", and nothing else. {@code
   * unresolvedLines} are the lines of {@code file} with those references.
   */
  static void assertSingleK42jError(
      Compilation compilation,
      String message,
      JavaFileObject file,
      String line,
      String contract,
      String... unresolvedLines) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    String prefix = contract.substring(contract.lastIndexOf('.') + 1);
    int k42jErrors = 0;
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String text = error.getMessage(Locale.ROOT);
      if (text.startsWith("[k42j:")) {
        k42jErrors++;
      } else {
        assertWithMessage("an error other than k42j's own: %s", text)
            .that(text)
            .containsMatch("cannot find symbol\\s+symbol:\\s+class " + prefix + "_\\w+");
      }
    }
    assertWithMessage("k42j errors in %s", compilation.errors()).that(k42jErrors).isEqualTo(1);
    for (String unresolvedLine : unresolvedLines) {
      assertThat(compilation)
          .hadErrorContaining("cannot find symbol")
          .inFile(file)
          .onLineContaining(unresolvedLine);
    }
    assertThat(compilation).hadErrorCount(1 + unresolvedLines.length);
    assertNothingGeneratedFor(compilation, contract);
  }

  /** Asserts no type and no service entry was generated for {@code contract} (qualified). */
  static void assertNothingGeneratedFor(Compilation compilation, String contract) {
    int dot = contract.lastIndexOf('.');
    String pkg = contract.substring(0, dot);
    String prefix = contract.substring(dot + 1).replace('.', '_');
    for (GeneratedType type : GeneratedType.values()) {
      String name = pkg + "." + prefix + "_" + type.suffix();
      assertWithMessage("generated %s", name)
          .that(compilation.generatedSourceFile(name).isPresent())
          .isFalse();
    }
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      assertWithMessage("generated source for %s", contract)
          .that(file.toUri().getPath())
          .doesNotContain("/" + prefix + "_");
    }
    assertThat(
            compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/" + contract)
                .isPresent())
        .isFalse();
  }

  /** Asserts the contract's dispatcher and factory were generated. */
  static void assertGenerated(Compilation compilation, String contract) {
    int dot = contract.lastIndexOf('.');
    String prefix = contract.substring(0, dot) + "." + contract.substring(dot + 1).replace('.', '_');
    assertThat(compilation.generatedSourceFile(prefix + "_Dispatcher").isPresent()).isTrue();
    assertThat(compilation.generatedSourceFile(prefix + "_Factory").isPresent()).isTrue();
  }
}

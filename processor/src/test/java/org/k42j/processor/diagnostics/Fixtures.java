package org.k42j.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Sources and assertions shared by the diagnostics tests. */
final class Fixtures {
  private Fixtures() {}

  /** A source file {@code name} (qualified) with the text {@code code}, a text block. */
  static JavaFileObject source(String name, String code) {
    return JavaFileObjects.forSourceString(name, code);
  }

  /**
   * A compilation and what the k42j processor created during it (even when the compilation failed,
   * which compile-testing does not show).
   */
  record Result(Compilation compilation, RecordingProcessor processor) {
    /** The names of the files the processor created, in order. */
    List<String> created() {
      return processor.created();
    }

    /** The text of the source file the processor wrote for the type {@code name}, or null. */
    String source(String name) {
      return processor.source(name);
    }
  }

  /** Compiles {@code sources} with the k42j processor alone. */
  static Result compile(JavaFileObject... sources) {
    return compileWith(List.of(), sources);
  }

  /** Compiles {@code sources} with the k42j processor first, then {@code others}. */
  static Result compileWith(List<Processor> others, JavaFileObject... sources) {
    return compileWith(new RecordingProcessor(), others, sources);
  }

  /** Compiles {@code sources} with {@code k42j} first, then {@code others}. */
  static Result compileWith(
      RecordingProcessor k42j, List<Processor> others, JavaFileObject... sources) {
    List<Processor> processors = new ArrayList<>();
    processors.add(k42j);
    processors.addAll(others);
    Compilation compilation = Compiler.javac().withProcessors(processors).compile(sources);
    return new Result(compilation, k42j);
  }

  /**
   * Compiles {@code sources} with the k42j processor (and {@code -parameters}, so parameter names
   * survive in the class files) and writes every class file and resource of the compilation under
   * {@code directory}: the output of an earlier build, which a later one compiles against.
   */
  static Result compileInto(Path directory, JavaFileObject... sources) throws IOException {
    RecordingProcessor k42j = new RecordingProcessor();
    Compilation compilation =
        Compiler.javac().withProcessors(k42j).withOptions("-parameters").compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      String prefix = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
      if (path.startsWith(prefix)) {
        Path target = directory.resolve(path.substring(prefix.length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    return new Result(compilation, k42j);
  }

  /**
   * Compiles {@code sources} with {@code k42j} against this test's class path and {@code classes}.
   */
  static Result compileAgainst(Path classes, RecordingProcessor k42j, JavaFileObject... sources) {
    List<File> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    classPath.add(classes.toFile());
    Compilation compilation =
        Compiler.javac().withProcessors(k42j).withClasspath(classPath).compile(sources);
    return new Result(compilation, k42j);
  }

  /**
   * Compiles {@code sources} with {@code processor} against this test's class path without the k42j
   * module {@code module} ({@code runtime}): a build that forgot a dependency.
   */
  static Result compileWithout(
      String module, RecordingProcessor processor, JavaFileObject... sources) {
    List<File> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String path = entry.replace(File.separatorChar, '/');
      if (!path.contains("/k42j-" + module + "-")
          && !path.endsWith("/" + module + "/target/classes")) {
        classPath.add(new File(entry));
      }
    }
    assertWithMessage("the test's class path without %s", module)
        .that(classPath.size())
        .isLessThan(System.getProperty("java.class.path").split(File.pathSeparator).length);
    Compilation compilation =
        Compiler.javac().withProcessors(processor).withClasspath(classPath).compile(sources);
    return new Result(compilation, processor);
  }

  /** {@code @ClusteredObject public interface test.Counter} with a dispatched and a SUM method. */
  static JavaFileObject counter() {
    return source(
        "test.Counter",
        """
        package test;

        import org.k42j.annotations.*;

        @ClusteredObject
        public interface Counter {
          void increment();

          @Gather(reduce = Reduce.SUM)
          long value();
        }
        """);
  }

  /** A valid rep of {@link #counter()}. */
  static JavaFileObject counterRep() {
    return source(
        "test.CounterRep",
        """
        package test;

        import org.k42j.annotations.*;

        @Rep
        final class CounterRep implements Counter {
          private long count;

          @Override
          public void increment() {
            count++;
          }

          @Override
          public long value() {
            return count;
          }
        }
        """);
  }

  /**
   * Asserts the compilation failed with exactly one error, {@code message}, in {@code file} on the
   * line containing {@code line}, and generated nothing for the {@code contracts} (qualified
   * names).
   */
  static void assertSingleError(
      Result result, String message, JavaFileObject file, String line, String... contracts) {
    Compilation compilation = result.compilation();
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
    for (String contract : contracts) {
      assertNothingGeneratedFor(result, contract);
    }
  }

  /**
   * Like {@link #assertSingleError} for sources that name a type which never comes to exist
   * (typically {@code <prefix>_RootBase}, which k42j generates only for a valid contract, so a
   * {@code @Root} of a faulty contract cannot avoid naming it). javac reports each such reference
   * itself as "cannot find symbol" after processing; this asserts that besides exactly one k42j
   * error there are exactly {@code javacErrors} such reports about {@code missingClass}, and
   * nothing else.
   */
  static void assertSingleK42jError(
      Result result,
      String message,
      JavaFileObject file,
      String line,
      String contract,
      String missingClass,
      int javacErrors) {
    Compilation compilation = result.compilation();
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    int k42jErrors = 0;
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String text = error.getMessage(Locale.ROOT);
      if (text.startsWith("[k42j:")) {
        k42jErrors++;
      } else {
        assertWithMessage("an error other than k42j's own")
            .that(text)
            .containsMatch("cannot find symbol\\s+symbol:\\s+class " + missingClass + "\\b");
      }
    }
    assertWithMessage("k42j errors in %s", compilation.errors()).that(k42jErrors).isEqualTo(1);
    assertThat(compilation).hadErrorCount(1 + javacErrors);
    assertNothingGeneratedFor(result, contract);
  }

  /**
   * The qualified name prefix of the types generated for {@code contract}, a canonical name whose
   * package segments are lower case: {@code test.Outer.Log} gives {@code test.Outer_Log_}.
   */
  static String generatedPrefix(String contract) {
    String[] segments = contract.split("\\.");
    StringBuilder pkg = new StringBuilder();
    List<String> types = new ArrayList<>();
    for (String segment : segments) {
      if (types.isEmpty() && Character.isLowerCase(segment.charAt(0))) {
        pkg.append(segment).append('.');
      } else {
        types.add(segment);
      }
    }
    return pkg + String.join("_", types) + "_";
  }

  /**
   * Asserts the processor created nothing for {@code contract} (canonical name) but stand-ins of
   * the generated types user code may name (each says so in its Javadoc), and no service entry.
   */
  static void assertNothingGeneratedFor(Result result, String contract) {
    String generatedPrefix = generatedPrefix(contract);
    List<String> standIns = new ArrayList<>();
    for (String suffix : List.of("RootBase", "RepBase", "Root", "Dispatcher", "Miss", "Guard")) {
      standIns.add(generatedPrefix + suffix);
    }
    for (String file : result.created()) {
      if (standIns.contains(file)) {
        assertWithMessage("%s, created for the faulty %s", file, contract)
            .that(result.source(file))
            .contains("A stand-in for the ");
        continue;
      }
      assertWithMessage("files created for %s", contract)
          .that(file)
          .doesNotContain(generatedPrefix);
      assertWithMessage("files created for %s", contract)
          .that(file)
          .doesNotContain("META-INF/services/" + contract);
    }
  }

  /** Asserts the contract's (canonical name) dispatcher and factory were generated. */
  static void assertGenerated(Result result, String contract) {
    String prefix = generatedPrefix(contract);
    assertThat(result.created()).contains(prefix + "Dispatcher");
    assertThat(result.created()).contains(prefix + "Factory");
    if (result.compilation().status() == Compilation.Status.SUCCESS) {
      assertThat(result.compilation().generatedSourceFile(prefix + "Dispatcher").isPresent())
          .isTrue();
    }
  }
}

package org.k42j.processor.ppc;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.k42j.processor.ExportedProcessor;

/**
 * Compiles exported interfaces with {@link ExportedProcessor} against the copy of the kernel's PPC
 * API in {@code src/test/resources/ppc-api} (the processor's tests cannot depend on the kernel,
 * which depends on the processor), every lint warning on.
 */
public final class PpcCompilations {
  /** Maven runs tests in the module directory. */
  private static final Path API = Path.of("src", "test", "resources", "ppc-api");

  /** The kernel's PPC package, whose self-contained classes are compiled as they are. */
  private static final Path KERNEL_PPC =
      Path.of("..", "kernel", "src", "main", "java", "org", "k42j", "kernel", "ppc");

  private static final List<String> KERNEL_CLASSES =
      List.of(
          "ObjectHandle",
          "RemoteObject",
          "PpcBinding",
          "ByValue",
          "PpcException",
          "BadMethodException");

  /** Exported interfaces and code calling them, one directory per case. */
  private static final Path CASES = Path.of("src", "test", "resources", "ppc-cases");

  private static final String SOURCE_OUTPUT = "/SOURCE_OUTPUT/";
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private PpcCompilations() {}

  /** Compiles {@code sources} (alternating qualified names and texts) with the API copy. */
  static Compilation compile(String... namesAndSources) {
    return compileWith(List.of(new ExportedProcessor()), namesAndSources);
  }

  /** As {@link #compile}, with {@code processors}. */
  static Compilation compileWith(List<Processor> processors, String... namesAndSources) {
    List<JavaFileObject> files = new ArrayList<>(api());
    for (int i = 0; i < namesAndSources.length; i += 2) {
      files.add(JavaFileObjects.forSourceString(namesAndSources[i], namesAndSources[i + 1]));
    }
    return javac()
        .withProcessors(processors)
        .withOptions("-Xlint:all,-processing", "--release", "17")
        .compile(files);
  }

  /**
   * Compiles the sources of {@code src/test/resources/ppc-cases/<name>} (all in package {@code
   * test}) with the API copy.
   */
  static Compilation compileCase(String name) {
    List<String> namesAndSources = new ArrayList<>();
    try (Stream<Path> paths = Files.list(CASES.resolve(name))) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        namesAndSources.add("test." + path.getFileName().toString().replace(".java", ""));
        namesAndSources.add(Files.readString(path, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compile(namesAndSources.toArray(new String[0]));
  }

  /**
   * The PPC API generated code compiles against: the kernel's own self-contained classes, and the
   * loopback {@code Stub}, {@code Skeleton} and {@code Ppc} of {@code src/test/resources/ppc-api}.
   */
  public static List<JavaFileObject> api() {
    List<JavaFileObject> files = new ArrayList<>();
    for (String name : KERNEL_CLASSES) {
      try {
        files.add(
            JavaFileObjects.forSourceString(
                "org.k42j.kernel.ppc." + name,
                Files.readString(KERNEL_PPC.resolve(name + ".java"), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (Stream<Path> paths = Files.walk(API)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String name = API.relativize(path).toString().replace('/', '.').replace(".java", "");
        files.add(
            JavaFileObjects.forSourceString(name, Files.readString(path, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * What the processor generated: sources by simple file name ({@code Store_Stub.java}), resources
   * by path ({@code META-INF/services/...}).
   */
  static Map<String, String> generated(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      try {
        if (path.contains(SOURCE_OUTPUT)) {
          files.put(
              path.substring(path.lastIndexOf('/') + 1), file.getCharContent(true).toString());
        } else if (path.contains(CLASS_OUTPUT + "META-INF/")) {
          files.put(
              path.substring(path.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length()),
              file.getCharContent(true).toString());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}

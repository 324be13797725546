package org.k42j.processor.ppc;


import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * The kernel's PPC API for the processor's diagnostics tests, which cannot depend on the kernel
 * (the kernel depends on the processor). Generated code only compiles, and runs, in the integration
 * tests, against the real kernel.
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

  private PpcCompilations() {}

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
}

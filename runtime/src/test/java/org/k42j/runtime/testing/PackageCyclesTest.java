package org.k42j.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cycle check itself: it finds a cycle where there is one, and none where there is none. */
class PackageCyclesTest {
  @TempDir Path sources;
  @TempDir Path classes;

  @Test
  void findsTwoPackagesThatReachEachOther() throws IOException {
    compile(
        "app/Facade.java",
        "package app; public class Facade { app.layer.Part part; }",
        "app/Failure.java",
        "package app; public class Failure extends RuntimeException {}",
        "app/layer/Part.java",
        "package app.layer; public class Part { app.Facade back; }");
    List<String> cycles = PackageCycles.in(classes, "app");
    assertEquals(1, cycles.size(), cycles::toString);
    assertTrue(cycles.get(0).startsWith("app <-> app.layer:"), cycles::toString);
    assertTrue(cycles.get(0).contains("Part -> Facade"), cycles::toString);
  }

  @Test
  void theRootPackagesVocabularyMakesNoCycle() throws IOException {
    compile(
        "app/Facade.java",
        "package app; public class Facade { app.layer.Part part; }",
        "app/Failure.java",
        "package app; public class Failure extends RuntimeException {}",
        "app/layer/Part.java",
        "package app.layer; public class Part { void fail() { throw new app.Failure(); } }");
    assertEquals(List.of(), PackageCycles.in(classes, "app"));
  }

  @Test
  void aSubpackageCycleIsFoundWhateverTheRoot() throws IOException {
    compile(
        "app/one/A.java",
        "package app.one; public class A { app.two.B b; }",
        "app/two/B.java",
        "package app.two; public class B { app.one.A a; }");
    List<String> cycles = PackageCycles.in(classes, "app");
    assertEquals(1, cycles.size(), cycles::toString);
    assertTrue(cycles.get(0).startsWith("app.one <-> app.two:"), cycles::toString);
  }

  private void compile(String... pathsAndSources) throws IOException {
    String[] arguments = new String[2 + pathsAndSources.length / 2];
    arguments[0] = "-d";
    arguments[1] = classes.toString();
    for (int i = 0; i < pathsAndSources.length; i += 2) {
      Path file = sources.resolve(pathsAndSources[i]);
      Files.createDirectories(file.getParent());
      Files.writeString(file, pathsAndSources[i + 1]);
      arguments[2 + i / 2] = file.toString();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(0, javac.run(null, null, null, arguments), "the test sources compile");
  }
}

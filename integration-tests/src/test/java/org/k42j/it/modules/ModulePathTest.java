package org.k42j.it.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k42j.annotations.Rep;
import org.k42j.kernel.Kernel;
import org.k42j.model.Rule;
import org.k42j.processor.ClusteredObjectProcessor;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.simmarks.ModeledLine;

/**
 * A user project on the module path: a module of its own requiring {@code org.k42j.runtime},
 * compiled by plain javac with the processor on the processor path and k42j's modules (and
 * ByteBuddy) on the module path, then run by {@code java --module-path ... -m}; and the same for a
 * module requiring {@code org.k42j.kernel}. What the runtime does not export (nothing of the
 * implementation outside its exported packages) cannot be named.
 */
class ModulePathTest {
  private static final long RUN_SECONDS = 60;

  @TempDir Path work;

  @Test
  void aModularProjectCompilesAndRunsAClusteredObject() throws Exception {
    Path sources = work.resolve("src");
    write(
        sources.resolve("module-info.java"),
        """
        module org.k42j.example {
          requires org.k42j.runtime;

          exports example;
        }
        """);
    write(
        sources.resolve("example/Counter.java"),
        """
        package example;

        import org.k42j.annotations.ClusteredObject;
        import org.k42j.annotations.Gather;
        import org.k42j.annotations.Reduce;

        @ClusteredObject
        public interface Counter {
          void add(long amount);

          @Gather(reduce = Reduce.SUM)
          long total();
        }
        """);
    write(
        sources.resolve("example/CounterRep.java"),
        """
        package example;

        import org.k42j.annotations.Rep;

        @Rep
        public final class CounterRep implements Counter {
          private long count;

          @Override
          public void add(long amount) {
            count += amount;
          }

          @Override
          public long total() {
            return count;
          }
        }
        """);
    write(
        sources.resolve("example/Main.java"),
        """
        package example;

        import org.k42j.runtime.ClusteredObjects;

        public final class Main {
          public static void main(String[] args) throws Exception {
            Counter counter = ClusteredObjects.create(Counter.class);
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
              threads[t] =
                  new Thread(
                      () -> {
                        for (int i = 0; i < 10_000; i++) {
                          counter.add(1);
                        }
                      });
              threads[t].start();
            }
            for (Thread thread : threads) {
              thread.join();
            }
            System.out.println("total " + counter.total() + " in " + Main.class.getModule());
            ClusteredObjects.destroy(counter);
          }
        }
        """);
    String output = compileAndRun(sources, "org.k42j.example/example.Main");
    assertEquals("total 40000 in module org.k42j.example", output.strip());
  }

  @Test
  void aModularProjectBootsTheKernel() throws Exception {
    Path sources = work.resolve("src");
    write(
        sources.resolve("module-info.java"),
        """
        module org.k42j.kernelexample {
          requires org.k42j.kernel;
        }
        """);
    write(
        sources.resolve("kexample/Main.java"),
        """
        package kexample;

        import org.k42j.kernel.Kernel;
        import org.k42j.kernel.machine.Machine;
        import org.k42j.kernel.machine.MachineSpecs;

        public final class Main {
          public static void main(String[] args) throws Exception {
            Machine machine = MachineSpecs.parse("2x2");
            try (Kernel kernel = Kernel.boot(machine)) {
              System.out.println(
                  "answer " + kernel.call(3, () -> 40 + 2) + " on " + Kernel.class.getModule());
            }
          }
        }
        """);
    String output = compileAndRun(sources, "org.k42j.kernelexample/kexample.Main");
    assertEquals("answer 42 on module org.k42j.kernel", output.strip());
  }

  @Test
  void theRuntimesImplementationIsNotReachable() throws Exception {
    assertEquals(
        "package org.k42j.model is not visible",
        peek("Object rules = org.k42j.model.Rule.GATHER_VOID;"),
        "the model the runtime checks with");
    assertEquals(
        "package org.k42j.runtime.quiescence is not visible",
        peek("Object q = org.k42j.runtime.quiescence.Quiescence.global();"),
        "the grace periods");
    assertEquals(
        "CoidTable is not public in org.k42j.runtime.internal; cannot be accessed from outside"
            + " package",
        peek("Object table = org.k42j.runtime.internal.CoidTable.global();"),
        "the COID table");
    assertEquals(
        "package org.k42j.kernel.internal is not visible",
        peek(
            "Object scheduler = new org.k42j.kernel.dispatch.KernelScheduler(null, null, 1,"
                + " org.k42j.kernel.internal.KernelOnly.TOKEN);"),
        "the kernel's scheduler, which only the kernel makes");
    assertEquals(
        "package org.k42j.kernel.internal is not visible",
        peek("Class<?> pending = org.k42j.kernel.internal.PendingWork.class;"),
        "the kernel's hook for a dispatcher's pending work");
  }

  /** The first error of compiling a module whose one class declares {@code member}. */
  private String peek(String member) throws IOException {
    Path sources = work.resolve("peek-" + Integer.toHexString(member.hashCode()));
    write(
        sources.resolve("module-info.java"),
        """
        module org.k42j.peek {
          requires org.k42j.kernel;
        }
        """);
    write(
        sources.resolve("peek/Peek.java"),
        "package peek;\n\npublic final class Peek {\n  " + member + "\n}\n");
    String errors = compile(sources, sources.resolve("classes"));
    for (String line : errors.split("\\R")) {
      int at = line.indexOf("error: ");
      if (at >= 0) {
        return line.substring(at + "error: ".length()).strip();
      }
    }
    throw new AssertionError("no error compiling " + member + ": " + errors);
  }

  /** Compiles the module in {@code sources}, runs {@code main} and returns what it printed. */
  private String compileAndRun(Path sources, String main) throws Exception {
    Path classes = work.resolve("classes");
    String errors = compile(sources, classes);
    assertEquals("", errors, "javac");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--module-path");
    command.add(classes + File.pathSeparator + modulePath());
    command.add("-m");
    command.add(main);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] printed;
    try (InputStream in = process.getInputStream()) {
      if (!process.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the example did not end within " + RUN_SECONDS + " s");
      }
      printed = in.readAllBytes();
    }
    String output = new String(printed, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  /** javac's errors, empty when the module compiled. */
  private String compile(Path sources, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>();
    arguments.addAll(
        List.of(
            "--release",
            "17",
            "--module-path",
            modulePath(),
            "--processor-path",
            processorPath(),
            "-d",
            classes.toString()));
    try (Stream<Path> files = Files.walk(sources)) {
      arguments.addAll(
          files
              .filter(file -> file.toString().endsWith(".java"))
              .map(Path::toString)
              .collect(Collectors.toList()));
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, arguments.toArray(new String[0]));
    String text = errors.toString(StandardCharsets.UTF_8);
    return status == 0 ? "" : text.isEmpty() ? "javac failed" : text;
  }

  /**
   * k42j's modules and ByteBuddy, where this test's class path has them (jars or class folders).
   */
  private static String modulePath() {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> type :
        List.of(
            Rep.class,
            Rule.class,
            ClusteredObjects.class,
            Kernel.class,
            ModeledLine.class,
            net.bytebuddy.ByteBuddy.class)) {
      entries.add(location(type));
    }
    return String.join(File.pathSeparator, entries);
  }

  /** The processor, and what it needs when it is not the self-contained jar (a class folder). */
  private static String processorPath() {
    Set<String> entries = new LinkedHashSet<>();
    entries.add(location(ClusteredObjectProcessor.class));
    entries.add(location(Rep.class));
    entries.add(location(Rule.class));
    try {
      entries.add(location(Class.forName("com.palantir.javapoet.JavaFile")));
    } catch (ClassNotFoundException shaded) {
      // the processor jar carries its own, relocated
    }
    return String.join(File.pathSeparator, entries);
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}

package org.k42j.it.rules;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.k42j.processor.ClusteredObjectProcessor;
import org.k42j.runtime.clustering.Declaration;

/**
 * One faulty declaration written both ways: annotated sources (package {@code test}, the common
 * imports added by {@link #source}) for the annotation processor, and the same classes, compiled
 * without it, declared at run time by {@code declare}. {@link #processorCodes} and {@link
 * #runtimeCode} say which rule each path names.
 *
 * @param name what the case shows
 * @param sources the annotated sources, by simple class name
 * @param declare the run-time declaration of the same classes, looked up by simple name
 */
record FaultyDeclaration(
    String name,
    Map<String, String> sources,
    Function<Function<String, Class<?>>, Declaration<?, ?>> declare) {

  private static final Pattern TAG = Pattern.compile("^\\[k42j:([a-z-]+)]");

  /** The k42j codes of the errors the processor reports on the sources. */
  List<String> processorCodes() {
    Compilation compilation =
        javac()
            .withProcessors(new ClusteredObjectProcessor())
            .withOptions("--release", "17")
            .compile(files());
    List<String> codes = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      Matcher tag = TAG.matcher(error.getMessage(Locale.ROOT));
      if (tag.find()) {
        codes.add(tag.group(1));
      }
    }
    return codes;
  }

  /**
   * The code of the {@code InvalidDeclarationException} the run-time path throws for the same
   * classes, compiled without the processor; null when the declaration builds.
   */
  String runtimeCode() {
    Compilation compilation = javac().withOptions("--release", "17", "-proc:none").compile(files());
    if (compilation.status() != Compilation.Status.SUCCESS) {
      throw new AssertionError(name + ": the sources do not compile: " + compilation.errors());
    }
    ClassLoader loader = new CompiledClasses(compilation, getClass().getClassLoader());
    Function<String, Class<?>> lookup =
        simpleName -> {
          try {
            return Class.forName("test." + simpleName, true, loader);
          } catch (ClassNotFoundException e) {
            throw new AssertionError(name + ": no class " + simpleName, e);
          }
        };
    try {
      declare.apply(lookup).build();
      return null;
    } catch (org.k42j.runtime.clustering.InvalidDeclarationException e) {
      return e.code();
    }
  }

  private List<JavaFileObject> files() {
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach(
        (simpleName, text) ->
            files.add(JavaFileObjects.forSourceString("test." + simpleName, text)));
    return files;
  }

  /** A source in package {@code test} importing the annotations and {@code java.util}. */
  static String source(String body) {
    return "package test;\n\nimport java.util.*;\nimport org.k42j.annotations.*;\n\n" + body;
  }

  @Override
  public String toString() {
    return name;
  }

  /** The classes of a compilation, defined on demand. */
  private static final class CompiledClasses extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    CompiledClasses(Compilation compilation, ClassLoader parent) {
      super(parent);
      for (JavaFileObject file : compilation.generatedFiles()) {
        String path = file.toUri().getPath();
        int at = path.indexOf("/CLASS_OUTPUT/");
        if (at >= 0 && path.endsWith(".class")) {
          String binary =
              path.substring(at + "/CLASS_OUTPUT/".length(), path.length() - ".class".length())
                  .replace('/', '.');
          classes.put(binary, file);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = classes.get(name);
      if (file == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

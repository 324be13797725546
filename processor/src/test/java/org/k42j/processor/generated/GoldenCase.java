package org.k42j.processor.generated;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.k42j.processor.ClusteredObjectProcessor;

/**
 * A set of annotated user sources that the golden-file and behaviour tests compile with the full
 * processor.
 *
 * @param name the case's directory under {@code src/test/resources/golden}
 * @param sources fully qualified type name to source text
 */
public record GoldenCase(String name, Map<String, String> sources) {
  public GoldenCase {
    sources = new LinkedHashMap<>(sources);
  }

  /** A case from alternating names and source texts. */
  static GoldenCase of(String name, String... namesAndSources) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (int i = 0; i < namesAndSources.length; i += 2) {
      sources.put(namesAndSources[i], namesAndSources[i + 1]);
    }
    return new GoldenCase(name, sources);
  }

  /** Compiles the sources with {@link ClusteredObjectProcessor}, every lint warning on. */
  public Compilation compile() {
    return javac()
        .withProcessors(new ClusteredObjectProcessor())
        .withOptions("-Xlint:all,-processing", "--release", "17")
        .compile(files());
  }

  public JavaFileObject[] files() {
    return sources.entrySet().stream()
        .map(entry -> JavaFileObjects.forSourceString(entry.getKey(), entry.getValue()))
        .toArray(JavaFileObject[]::new);
  }

  @Override
  public String toString() {
    return name;
  }
}

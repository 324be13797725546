package org.k42j.runtime.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The package cycles of a module's compiled classes, read with the JDK's {@code jdeps}: two
 * packages are in a cycle when each reaches the other through the classes' references (fields,
 * signatures, calls, casts; nested classes count as their top-level class).
 *
 * <p>One refinement: the types of the module's root package that reach no other package of the
 * module (its exceptions and values, such as {@code ClusteredObjectException} or {@code Coid}) are
 * a node of their own, "root (vocabulary)", because every layer may name them without depending on
 * the facade classes beside them ({@code ClusteredObjects}, {@code Processors}), which sit on top
 * of the layers.
 */
public final class PackageCycles {
  private static final String VOCABULARY = " (vocabulary)";

  private PackageCycles() {}

  /**
   * Every cycle among the packages of the classes under {@code classes}, one line each: the
   * packages, then the class references that close it. Empty when there is none.
   *
   * @param rootPackage the module's root package, whose self-contained types are split off
   */
  public static List<String> in(Path classes, String rootPackage) throws IOException {
    Set<String> own = classesUnder(classes);
    Map<String, Set<String>> references = references(classes, own);
    Set<String> vocabulary = vocabulary(rootPackage, own, references);
    Map<String, Map<String, Set<String>>> edges = new TreeMap<>(); // node -> node -> "A -> B"
    for (Map.Entry<String, Set<String>> from : references.entrySet()) {
      String source = node(from.getKey(), vocabulary);
      for (String target : from.getValue()) {
        String sink = node(target, vocabulary);
        if (!source.equals(sink)) {
          edges
              .computeIfAbsent(source, key -> new TreeMap<>())
              .computeIfAbsent(sink, key -> new TreeSet<>())
              .add(simple(from.getKey()) + " -> " + simple(target));
        }
      }
    }
    List<String> cycles = new ArrayList<>();
    for (Set<String> component : stronglyConnected(edges)) {
      if (component.size() < 2) {
        continue;
      }
      StringBuilder line = new StringBuilder(String.join(" <-> ", component)).append(":");
      for (String source : component) {
        for (String sink : component) {
          Set<String> through = edges.getOrDefault(source, Map.of()).get(sink);
          if (through != null) {
            line.append(" [").append(source).append(" -> ").append(sink).append(": ");
            line.append(through.stream().limit(4).collect(Collectors.joining(", "))).append("]");
          }
        }
      }
      cycles.add(line.toString());
    }
    return cycles;
  }

  /** The top-level classes under {@code classes}, by binary name. */
  private static Set<String> classesUnder(Path classes) throws IOException {
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(classes::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
          .map(name -> topLevel(name.substring(0, name.length() - 6).replace('/', '.')))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /**
   * Class to the module's classes it references, by {@code jdeps -verbose:class} over a copy of the
   * classes without {@code module-info.class}: given a module's descriptor, jdeps would resolve the
   * modules it requires, which are not on a module path here, and only the classes' references
   * matter.
   */
  private static Map<String, Set<String>> references(Path classes, Set<String> own)
      throws IOException {
    Path plain = withoutDescriptor(classes);
    try {
      return references(jdepsOutput(plain), own);
    } finally {
      deleteTree(plain);
    }
  }

  private static Path withoutDescriptor(Path classes) throws IOException {
    Path copy = Files.createTempDirectory("package-cycles");
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = classes.relativize(file).toString();
        if (name.endsWith(".class") && !name.equals("module-info.class")) {
          Path target = copy.resolve(name);
          Files.createDirectories(target.getParent());
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    }
  }

  private static String jdepsOutput(Path classes) {
    ToolProvider jdeps =
        ToolProvider.findFirst("jdeps")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the JDK's jdeps tool is missing (module jdk.jdeps); run the tests on a"
                            + " full JDK"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        jdeps.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            "-verbose:class",
            "-filter:none",
            classes.toString());
    if (status != 0) {
      throw new IllegalStateException(
          "jdeps failed on " + classes + ": " + err.toString(StandardCharsets.UTF_8));
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, Set<String>> references(String jdepsOutput, Set<String> own) {
    Map<String, Set<String>> references = new TreeMap<>();
    for (String line : jdepsOutput.split("\\R")) {
      String[] words = line.trim().split("\\s+");
      if (words.length >= 3 && words[1].equals("->")) {
        String from = topLevel(words[0]);
        String to = topLevel(words[2]);
        if (own.contains(from) && own.contains(to) && !from.equals(to)) {
          references.computeIfAbsent(from, key -> new TreeSet<>()).add(to);
        }
      }
    }
    return references;
  }

  /**
   * The root package's classes whose references, followed through one another, stay inside the root
   * package: the largest such set, found by dropping every class that reaches outside it.
   */
  private static Set<String> vocabulary(
      String rootPackage, Set<String> own, Map<String, Set<String>> references) {
    Set<String> vocabulary =
        own.stream()
            .filter(name -> packageOf(name).equals(rootPackage))
            .collect(Collectors.toCollection(HashSet::new));
    boolean changed = true;
    while (changed) {
      changed =
          vocabulary.removeIf(
              name -> !vocabulary.containsAll(references.getOrDefault(name, Set.of())));
    }
    return vocabulary;
  }

  private static String node(String name, Set<String> vocabulary) {
    return vocabulary.contains(name) ? packageOf(name) + VOCABULARY : packageOf(name);
  }

  /** Tarjan's strongly connected components of {@code edges}, each sorted. */
  private static List<Set<String>> stronglyConnected(Map<String, Map<String, Set<String>>> edges) {
    Set<String> nodes = new TreeSet<>(edges.keySet());
    edges.values().forEach(targets -> nodes.addAll(targets.keySet()));
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    List<Set<String>> components = new ArrayList<>();
    for (String node : nodes) {
      if (!index.containsKey(node)) {
        connect(node, edges, index, low, stack, onStack, components);
      }
    }
    return components;
  }

  private static void connect(
      String node,
      Map<String, Map<String, Set<String>>> edges,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> components) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
      if (!index.containsKey(next)) {
        connect(next, edges, index, low, stack, onStack, components);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        component.add(member);
      } while (!member.equals(node));
      components.add(component);
    }
  }

  private static String topLevel(String binaryName) {
    int nested = binaryName.indexOf('$');
    return nested < 0 ? binaryName : binaryName.substring(0, nested);
  }

  private static String packageOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  private static String simple(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}

package org.k42j.processor.diagnostics;

import static org.k42j.processor.diagnostics.Fixtures.assertGenerated;
import static org.k42j.processor.diagnostics.Fixtures.assertSingleError;
import static org.k42j.processor.diagnostics.Fixtures.assertSingleK42jError;
import static org.k42j.processor.diagnostics.Fixtures.compile;
import static org.k42j.processor.diagnostics.Fixtures.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Mistakes in {@code @Root} classes and {@code @OnRoot} methods.
 *
 * <p>A {@code @Root} class extends {@code Registry_RootBase}, which k42j generates only for a valid
 * contract; so when the contract is faulty javac reports that reference as well, after k42j's
 * single error (see {@link Fixtures#assertSingleK42jError}).
 */
class RootDiagnosticsTest {
  private static final String BASE = "Registry_RootBase";

  private static JavaFileObject registry() {
    return source(
        "test.Registry",
        "package test;",
        "",
        "import org.k42j.annotations.*;",
        "",
        "@ClusteredObject",
        "public interface Registry {",
        "  long register(String name);",
        "",
        "  @OnRoot",
        "  int size();",
        "}");
  }

  private static JavaFileObject registryRep() {
    return source(
        "test.RegistryRep",
        "package test;",
        "",
        "import org.k42j.annotations.*;",
        "",
        "@Rep",
        "final class RegistryRep implements Registry {",
        "  public long register(String name) { return 0; }",
        "",
        "  public int size() { return 0; }",
        "}");
  }

  /** {@code test.<name>} with {@code lines} after the package and the annotations import. */
  private static JavaFileObject root(String name, String... lines) {
    String[] all = new String[lines.length + 4];
    all[0] = "package test;";
    all[1] = "";
    all[2] = "import org.k42j.annotations.*;";
    all[3] = "";
    System.arraycopy(lines, 0, all, 4, lines.length);
    return source("test." + name, all);
  }

  @Test
  void onRootWithoutRootClassIsReportedOnTheMethod() {
    JavaFileObject registry = registry();

    assertSingleError(
        compile(registry, registryRep()),
        "[k42j:on-root-without-root] Registry.size() is @OnRoot, but Registry has no @Root class to"
            + " run it on; write `@Root(Registry.class) class RegistryRoot extends"
            + " Registry_RootBase` declaring the method, or remove @OnRoot",
        registry,
        "int size();",
        "test.Registry");
  }

  @Test
  void rootWithoutTheOnRootMethodIsReportedOnTheRoot() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            "@Root(Registry.class)",
            "class RegistryRoot extends Registry_RootBase {",
            "  public int count() { return 0; }",
            "}");

    assertSingleK42jError(
        compile(registry(), registryRep(), root),
        "[k42j:on-root-missing-method] RegistryRoot declares no method int size() for the @OnRoot"
            + " method Registry.size(); add a non-private method with the same name, parameters"
            + " and return type to RegistryRoot",
        root,
        "class RegistryRoot",
        "test.Registry",
        BASE,
        1);
  }

  @Test
  void rootMethodWithAnotherReturnTypeIsReportedOnThatMethod() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            "@Root(Registry.class)",
            "class RegistryRoot extends Registry_RootBase {",
            "  public long size() { return 0; }",
            "}");

    assertSingleK42jError(
        compile(registry(), registryRep(), root),
        "[k42j:on-root-signature] RegistryRoot.size() cannot run the @OnRoot method"
            + " Registry.size(): it returns long; make it return int",
        root,
        "public long size()",
        "test.Registry",
        BASE,
        1);
  }

  @Test
  void rootMethodThrowingACheckedExceptionIsReportedOnThatMethod() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            "@Root(Registry.class)",
            "class RegistryRoot extends Registry_RootBase {",
            "  public int size() throws java.io.IOException { return 0; }",
            "}");

    assertSingleK42jError(
        compile(registry(), registryRep(), root),
        "[k42j:on-root-signature] RegistryRoot.size() cannot run the @OnRoot method"
            + " Registry.size(): it throws IOException, which the contract method does not"
            + " declare; handle it in the root, or add it to the throws clause of Registry.size()",
        root,
        "public int size()",
        "test.Registry",
        BASE,
        1);
  }

  @Test
  void rootNotExtendingTheRootBaseIsReported() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            "@Root(Registry.class)",
            "class RegistryRoot {",
            "  public int size() { return 0; }",
            "}");

    assertSingleError(
        compile(registry(), registryRep(), root),
        "[k42j:root-wrong-superclass] RegistryRoot does not extend Registry_RootBase, the generated"
            + " root base of Registry; declare it as `class RegistryRoot extends"
            + " Registry_RootBase`",
        root,
        "class RegistryRoot",
        "test.Registry");
  }

  @Test
  void rootExtendingAnotherContractsRootBaseIsReportedOnceThatBaseExists() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            "@Root(Registry.class)",
            "class RegistryRoot extends Counter_RootBase {",
            "  public int size() { return 0; }",
            "}");

    // Counter_RootBase is generated in the first round; the root is judged in the second.
    Fixtures.Result result =
        compile(registry(), registryRep(), root, Fixtures.counter(), Fixtures.counterRep());

    assertSingleError(
        result,
        "[k42j:root-wrong-superclass] RegistryRoot does not extend Registry_RootBase",
        root,
        "class RegistryRoot",
        "test.Registry");
    assertGenerated(result, "test.Counter");
  }

  @Test
  void rootNamingANonContractIsReportedOnTheValue() {
    JavaFileObject root = root("NameRoot", "@Root(", "    String.class)", "class NameRoot {", "}");

    assertSingleError(
        compile(root),
        "[k42j:root-not-contract] @Root on NameRoot names String, which is not a @ClusteredObject"
            + " interface; name the contract this root serves, as in @Root(YourContract.class)",
        root,
        "String.class");
  }

  @Test
  void secondRootByQualifiedNameIsReported() {
    JavaFileObject alpha =
        root(
            "AlphaRoot",
            "@Root(Registry.class)",
            "class AlphaRoot extends Registry_RootBase {",
            "  public int size() { return 0; }",
            "}");
    JavaFileObject zebra =
        root(
            "ZebraRoot",
            "@Root(Registry.class)",
            "class ZebraRoot extends Registry_RootBase {",
            "  public int size() { return 0; }",
            "}");

    assertSingleK42jError(
        compile(zebra, registry(), registryRep(), alpha),
        "[k42j:duplicate-root] ZebraRoot is a second @Root for Registry, which already has"
            + " AlphaRoot; keep @Root on exactly one class per contract",
        zebra,
        "class ZebraRoot",
        "test.Registry",
        BASE,
        2);
  }

  @Test
  void abstractRootIsReported() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            "@Root(Registry.class)",
            "abstract class RegistryRoot extends Registry_RootBase {",
            "  public int size() { return 0; }",
            "}");

    assertSingleK42jError(
        compile(registry(), registryRep(), root),
        "[k42j:root-abstract] RegistryRoot is abstract, so the generated factory cannot create it;"
            + " make it a concrete class",
        root,
        "abstract class RegistryRoot",
        "test.Registry",
        BASE,
        1);
  }

  @Test
  void privateRootIsReported() {
    JavaFileObject roots =
        root(
            "Roots",
            "public class Roots {",
            "  @Root(Registry.class)",
            "  private static class RegistryRoot extends Registry_RootBase {",
            "    public int size() { return 0; }",
            "  }",
            "}");

    assertSingleK42jError(
        compile(registry(), registryRep(), roots),
        "[k42j:root-private] Roots.RegistryRoot is private, so the generated factory cannot create"
            + " it; make it package-private or public",
        roots,
        "private static class RegistryRoot",
        "test.Registry",
        BASE,
        1);
  }

  @Test
  void innerClassRootIsReported() {
    JavaFileObject roots =
        root(
            "Roots",
            "public class Roots {",
            "  @Root(Registry.class)",
            "  class RegistryRoot extends Registry_RootBase {",
            "    public int size() { return 0; }",
            "  }",
            "}");

    assertSingleK42jError(
        compile(registry(), registryRep(), roots),
        "[k42j:root-inner] Roots.RegistryRoot is a non-static inner class, so the generated factory"
            + " cannot create it without an enclosing instance;",
        roots,
        "class RegistryRoot",
        "test.Registry",
        BASE,
        1);
  }

  @Test
  void packagePrivateRootInAnotherPackageIsReported() {
    JavaFileObject root =
        source(
            "other.RegistryRoot",
            "package other;",
            "",
            "import org.k42j.annotations.*;",
            "import test.Registry;",
            "import test.Registry_RootBase;",
            "",
            "@Root(Registry.class)",
            "class RegistryRoot extends Registry_RootBase {",
            "  public int size() { return 0; }",
            "}");

    // javac also reports the import of the base that is not generated.
    assertSingleK42jError(
        compile(registry(), registryRep(), root),
        "[k42j:root-not-visible] RegistryRoot is not public, but the generated factory lives in"
            + " package test; make it public or move it to that package",
        root,
        "class RegistryRoot",
        "test.Registry",
        BASE,
        2);
  }

  @Test
  void rootWithoutNoArgumentConstructorIsReported() {
    JavaFileObject root =
        root(
            "RegistryRoot",
            "@Root(Registry.class)",
            "class RegistryRoot extends Registry_RootBase {",
            "  private final int capacity;",
            "",
            "  RegistryRoot(int capacity) { this.capacity = capacity; }",
            "",
            "  public int size() { return capacity; }",
            "}");

    assertSingleK42jError(
        compile(registry(), registryRep(), root),
        "[k42j:root-no-constructor] RegistryRoot has no constructor the generated factory can"
            + " call; add a non-private constructor taking no arguments",
        root,
        "class RegistryRoot",
        "test.Registry",
        BASE,
        1);
  }

  @Test
  void genericRootMissingTheContractsTypeVariablesIsReported() {
    JavaFileObject cache =
        source(
            "test.Cache",
            "package test;",
            "",
            "import org.k42j.annotations.*;",
            "",
            "@ClusteredObject",
            "public interface Cache<K, V> {",
            "  V get(K key);",
            "}");
    JavaFileObject rep =
        root(
            "CacheRep",
            "@Rep",
            "final class CacheRep<K, V> implements Cache<K, V> {",
            "  public V get(K key) { return null; }",
            "}");
    JavaFileObject root =
        root(
            "CacheRoot",
            "@Root(Cache.class)",
            "class CacheRoot extends Cache_RootBase<String, String> {",
            "}");

    assertSingleK42jError(
        compile(cache, rep, root),
        "[k42j:root-type-variables] CacheRoot must declare the type variables of Cache, in order;"
            + " declare it as `class CacheRoot<K, V> extends Cache_RootBase<K, V>`",
        root,
        "class CacheRoot",
        "test.Cache",
        "Cache_RootBase",
        1);
  }
}

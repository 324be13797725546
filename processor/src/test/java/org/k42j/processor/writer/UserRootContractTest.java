package org.k42j.processor.writer;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.k42j.processor.writer.Models.dispatch;
import static org.k42j.processor.writer.Models.gather;
import static org.k42j.processor.writer.Models.onRoot;
import static org.k42j.processor.writer.Models.param;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.processor.model.ContractModel;

/**
 * A contract with a user {@code @Root}, an {@code @OnRoot} method and a rep whose constructor
 * takes the root: the user root replaces the generated one everywhere.
 */
class UserRootContractTest {
  static final ContractModel REGISTRY =
      Models.contract("names", "Registry")
          .userRoot("RegistryRoot")
          .repTakesRoot()
          .policy(Policy.PER_NODE, 0)
          .methods(
              dispatch("idOf", TypeName.LONG, param(ClassName.get(String.class), "name")),
              onRoot("registeredNames", TypeName.INT),
              gather("lookups", TypeName.LONG, Reduce.SUM))
          .build();

  static final String[] SOURCES = {
    "names.Registry",
    """
    package names;

    import org.k42j.annotations.ClusteredObject;
    import org.k42j.annotations.Gather;
    import org.k42j.annotations.OnRoot;
    import org.k42j.annotations.Reduce;

    @ClusteredObject
    public interface Registry {
      long idOf(String name);

      @OnRoot
      int registeredNames();

      @Gather(reduce = Reduce.SUM)
      long lookups();
    }
    """,
    "names.RegistryRoot",
    """
    package names;

    import java.util.concurrent.ConcurrentHashMap;
    import java.util.concurrent.atomic.AtomicLong;
    import org.k42j.annotations.Root;

    @Root
    public class RegistryRoot extends Registry_RootBase {
      final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();
      final AtomicLong next = new AtomicLong();

      public int registeredNames() {
        return ids.size();
      }
    }
    """,
    "names.RegistryRep",
    """
    package names;

    import java.util.HashMap;
    import java.util.Map;
    import org.k42j.annotations.Rep;

    @Rep(policy = org.k42j.annotations.Policy.PER_NODE, root = RegistryRoot.class)
    public final class RegistryRep extends Registry_RepBase implements Registry {
      private final RegistryRoot shared;
      private final Map<String, Long> cache = new HashMap<>();
      private long lookups;

      public RegistryRep(RegistryRoot shared) {
        this.shared = shared;
      }

      @Override
      public long idOf(String name) {
        lookups++;
        return cache.computeIfAbsent(
            name, key -> shared.ids.computeIfAbsent(key, k -> shared.next.incrementAndGet()));
      }

      @Override
      public int registeredNames() {
        return root().registeredNames();
      }

      @Override
      public long lookups() {
        return lookups;
      }
    }
    """
  };

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation = Compilations.compile(new WritingProcessor(REGISTRY), SOURCES);
  }

  @Test
  void userRootContractCompilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void noGeneratedRootWhenTheUserWroteOne() {
    assertFalse(compilation.generatedSourceFile("names.Registry_Root").isPresent());
  }

  @Test
  void dispatcherHoldsAndCreatesTheUserRoot() {
    String dispatcher = Compilations.source(compilation, "names.Registry_Dispatcher");
    assertTrue(dispatcher.contains("private final RegistryRoot root;"), dispatcher);
    assertTrue(dispatcher.contains("this(new RegistryRoot());"), dispatcher);
    assertTrue(dispatcher.contains("Registry_Dispatcher(RegistryRoot root) {"), dispatcher);
    assertTrue(
        Compilations.source(compilation, "names.Registry_Factory")
            .contains("return new Registry_Dispatcher(new RegistryRoot());"));
  }

  @Test
  void onRootMethodChecksTheObjectIsActiveAndCallsTheUserRoot() {
    String dispatcher = Compilations.source(compilation, "names.Registry_Dispatcher");
    assertTrue(
        dispatcher.contains(
            "public int registeredNames() {\n"
                + "    root.checkActive();\n"
                + "    return root.registeredNames();\n"
                + "  }"),
        dispatcher);
  }

  @Test
  void repIsCreatedWithTheUserRootAndRepBaseReturnsIt() {
    assertTrue(
        Compilations.source(compilation, "names.Registry_RootBase")
            .contains("return new RegistryRep((RegistryRoot) this);"));
    assertTrue(
        Compilations.source(compilation, "names.Registry_RepBase")
            .contains("protected final RegistryRoot root() {\n    return (RegistryRoot) clusterRoot();"));
  }
}

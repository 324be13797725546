package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.testing.PackageCycles;

/**
 * The runtime's packages depend on one another without a cycle: the facade ({@code
 * ClusteredObjects}, {@code Processors}) on the layers, {@code lifecycle} on {@code internal},
 * {@code internal} on {@code spi}, both on the leaf {@code quiescence}, and every layer on the root
 * package's exceptions and values only. Read from the compiled classes, so it holds for whatever
 * the build compiled.
 */
class RuntimePackagesTest {
  @Test
  void noPackageCycle() throws IOException {
    List<String> cycles = PackageCycles.in(Path.of("target/classes"), "org.k42j.runtime");
    assertEquals(List.of(), cycles, "package cycles in the runtime");
  }
}

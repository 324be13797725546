package org.k42j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.testing.PackageCycles;

/**
 * The kernel's packages depend on one another without a cycle (the production allocator in {@code
 * memory} carries the simulation's marks from the leaf artifact {@code k42j-sim-marks}, not from
 * {@code sim}). Read from the compiled classes, so it holds for whatever the build compiled.
 */
class KernelPackagesTest {
  @Test
  void noPackageCycle() throws IOException {
    List<String> cycles = PackageCycles.in(Path.of("target/classes"), "org.k42j.kernel");
    assertEquals(List.of(), cycles, "package cycles in the kernel");
  }
}

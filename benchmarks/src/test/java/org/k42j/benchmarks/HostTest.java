package org.k42j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostTest {
  @Test
  void cpuModelIsTheFirstModelNameLine() {
    List<String> cpuinfo =
        List.of(
            "processor\t: 0",
            "vendor_id\t: AuthenticAMD",
            "model\t\t: 1",
            "model name\t: AMD EPYC 7B13",
            "processor\t: 1",
            "model name\t: something else");

    assertEquals("AMD EPYC 7B13", Host.cpuModel(cpuinfo));
  }

  @Test
  void cpuModelIsUnknownWithoutAModelNameOrAFile() {
    assertEquals("unknown", Host.cpuModel(List.of("processor\t: 0")));
    assertEquals("unknown", Host.cpuModel(Path.of("/nonexistent/cpuinfo")));
  }
}

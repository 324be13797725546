package org.k42j.kernel.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineSpecsTest {
  @TempDir Path directory;

  private static void assertRefused(String message, String spec) {
    assertEquals(
        message,
        assertThrows(MachineModelException.class, () -> MachineSpecs.parse(spec)).getMessage());
  }

  @Test
  void compactSpecGivesUniformNodes() {
    Machine machine = MachineSpecs.parse("4x8");
    assertEquals(Machine.uniform(4, 8), machine);
    assertEquals(20, machine.distance(0, 3));
  }

  @Test
  void compactSpecTakesARemoteDistance() {
    Machine machine = MachineSpecs.parse("2x16:21");
    assertEquals(32, machine.processorCount());
    assertEquals(21, machine.distance(1, 0));
    assertEquals(10, machine.distance(1, 1));
  }

  @Test
  void compactSpecToleratesSurroundingBlanks() {
    assertEquals(Machine.uniform(1, 2), MachineSpecs.parse(" 1x2 "));
  }

  @Test
  void malformedCompactSpecsNameTheColumnAndWhatWasExpected() {
    assertRefused(
        "machine spec \"4y8\", column 2: expected x between the node count and the processors per"
            + " node, as in 4x8, found \"y8\"",
        "4y8");
    assertRefused(
        "machine spec \"4x\", column 3: expected a number of processors per node, found the end"
            + " of the line",
        "4x");
    assertRefused(
        "machine spec \"0x8\", column 1: expected a node count from 1 to 65536, found 0", "0x8");
    assertRefused(
        "machine spec \"4x8:10\", column 5: expected a remote distance from 11 to 254, found 10",
        "4x8:10");
    assertRefused(
        "machine spec \"4x8:\", column 5: expected a remote distance, found the end of the line",
        "4x8:");
    assertRefused(
        "machine spec \"4x8x2\", column 4: expected the end of the spec or :REMOTE_DISTANCE, as in"
            + " 2x16:21, found \"x2\"",
        "4x8x2");
    assertRefused(
        "machine spec \"99999999999x8\", column 1: expected a node count from 1 to 65536, found"
            + " 99999999999",
        "99999999999x8");
    assertRefused(
        "machine spec \"1024x1024\", column 1: 1024 nodes of 1024 processors are 1048576"
            + " processors; expected at most 65536",
        "1024x1024");
  }

  @Test
  void emptySpecIsRefused() {
    assertRefused(
        "empty machine spec; expected \"host\", NODESxPROCESSORS[:REMOTE_DISTANCE] such as 4x8 or"
            + " 2x16:21, or a machine file's path",
        " ");
  }

  @Test
  void specNamingAMissingFileIsRefused() {
    Path missing = directory.resolve("absent.machine");
    assertRefused(
        "machine file "
            + missing
            + " not found; expected \"host\", NODESxPROCESSORS[:REMOTE_DISTANCE] such as 4x8 or"
            + " 2x16:21, or a machine file's path",
        missing.toString());
  }

  @Test
  void specNamingADirectoryIsRefused() {
    assertRefused(
        "cannot read machine file "
            + directory
            + ": java.io.IOException: Is a directory; expected a readable file",
        directory.toString());
  }

  @Test
  void specNamingAFileReadsTheFile() throws IOException {
    Path file = directory.resolve("two.machine");
    Files.writeString(file, "node 0: 0-1\nnode 1: 2\n");
    Machine machine = MachineSpecs.parse(file.toString());
    assertArrayEquals(new int[] {2}, machine.processorsOf(1));
  }

  @Test
  void hostSpecModelsThisHost() {
    Machine machine = MachineSpecs.parse("host");
    assertEquals(MachineSpecs.host(), machine);
  }
}

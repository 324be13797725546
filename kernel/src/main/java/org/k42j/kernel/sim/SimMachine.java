package org.k42j.kernel.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.machine.MachineModelException;
import org.k42j.kernel.machine.MachineSpecs;

/**
 * A machine to simulate: the {@link Machine} (processors, nodes, SLIT distances) and the {@link
 * Costs} of its accesses.
 *
 * <p>Specs ({@link #parse}): everything {@link MachineSpecs#parse} accepts ({@code 4x16}, {@code
 * 2x16:21}, {@code host}, a machine file) with the default costs; a machine file may end with a
 * {@code costs} section that overrides any parameter:
 *
 * <pre>
 * node 0: 0-15
 * node 1: 16-31
 * distances
 * 10 21
 * 21 10
 * costs                     # nanoseconds; every parameter is optional
 * transfer-other-node 130
 * memory-remote = 142.5 ns
 * </pre>
 *
 * <p>Costs for a compact spec come from a cost file ({@link #withCostFile}: the same lines, with or
 * without the {@code costs} keyword) or one by one ({@link #withCost}).
 */
public final class SimMachine {
  private final Machine machine;
  private final Costs costs;

  /** {@code machine} with {@code costs}. */
  public SimMachine(Machine machine, Costs costs) {
    this.machine = Objects.requireNonNull(machine, "machine");
    this.costs = Objects.requireNonNull(costs, "costs");
  }

  /** {@code machine} with the default costs. */
  public static SimMachine of(Machine machine) {
    return new SimMachine(machine, Costs.defaults());
  }

  /** The machine and costs {@code spec} names (see the class comment). */
  public static SimMachine parse(String spec) {
    if (spec == null
        || spec.isBlank()
        || spec.strip().equals("host")
        || Character.isDigit(spec.strip().charAt(0))) {
      return of(MachineSpecs.parse(spec));
    }
    Path path = Path.of(spec.strip());
    String text = read(path);
    String[] lines = text.split("\r\n|\n|\r", -1);
    int costsAt = -1;
    for (int i = 0; i < lines.length && costsAt < 0; i++) {
      if (stripComment(lines[i]).strip().equals("costs")) {
        costsAt = i;
      }
    }
    if (costsAt < 0) {
      return of(MachineSpecs.fileText(path.toString(), text));
    }
    // The machine part keeps its line numbers: it is the file's first lines.
    Machine machine =
        MachineSpecs.fileText(path.toString(), String.join("\n", Arrays.copyOf(lines, costsAt)));
    Costs costs =
        CostSection.parse(
            "machine file " + path,
            Arrays.copyOfRange(lines, costsAt + 1, lines.length),
            costsAt + 2,
            Costs.defaults());
    return new SimMachine(machine, costs);
  }

  /** This machine with the costs a cost file sets (see the class comment) over its own. */
  public SimMachine withCostFile(Path path) {
    String[] lines = read(path).split("\r\n|\n|\r", -1);
    int first = 0;
    while (first < lines.length && stripComment(lines[first]).isBlank()) {
      first++;
    }
    if (first < lines.length && stripComment(lines[first]).strip().equals("costs")) {
      first++;
    }
    return new SimMachine(
        machine,
        CostSection.parse(
            "cost file " + path, Arrays.copyOfRange(lines, first, lines.length), first + 1, costs));
  }

  /** This machine with parameter {@code name} set to {@code nanoseconds}. */
  public SimMachine withCost(String name, double nanoseconds) {
    return new SimMachine(machine, costs.with(name, nanoseconds));
  }

  /** The machine. */
  public Machine machine() {
    return machine;
  }

  /** The costs. */
  public Costs costs() {
    return costs;
  }

  private static String stripComment(String line) {
    int comment = line.indexOf('#');
    return comment < 0 ? line : line.substring(0, comment);
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new MachineModelException(
          "file " + path + " not found; expected a machine file, a cost file, host or NxM");
    } catch (IOException e) {
      throw new MachineModelException("cannot read " + path + ": " + e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SimMachine that
        && machine.equals(that.machine)
        && costs.equals(that.costs);
  }

  @Override
  public int hashCode() {
    return 31 * machine.hashCode() + costs.hashCode();
  }

  @Override
  public String toString() {
    return machine + " " + costs;
  }
}

package org.k42j.kernel.sim;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.k42j.kernel.machine.Machine;

/**
 * The cost model's parameters, in nanoseconds of virtual time. Immutable; {@link #with} gives a
 * copy with one parameter changed. The defaults are published figures (the reference table of the
 * project's design notes), converted at 2.5 GHz where the source gives cycles:
 *
 * <table>
 *   <caption>parameters</caption>
 *   <tr><th>name</th><th>default</th><th>what, and the source</th></tr>
 *   <tr><td>{@code local-hit}</td><td>1</td><td>an access to a line this processor holds: an L1
 *       hit, ~1 ns</td></tr>
 *   <tr><td>{@code local-atomic}</td><td>6</td><td>an uncontended atomic read-modify-write on a
 *       line this processor holds, ~6 ns</td></tr>
 *   <tr><td>{@code transfer-same-node}</td><td>46</td><td>moving a line Modified in another
 *       processor's cache on the same node: 110-120 cycles (David et al., SOSP'13)</td></tr>
 *   <tr><td>{@code transfer-other-node}</td><td>122</td><td>the same across one hop (SLIT
 *       distance 20): 290-325 cycles (David et al.)</td></tr>
 *   <tr><td>{@code transfer-per-hop}</td><td>40</td><td>each further hop (every 10 of SLIT
 *       distance beyond 20): an estimate from the local-to-remote step of the figures
 *       above</td></tr>
 *   <tr><td>{@code memory-local}</td><td>85</td><td>a line no cache holds, from the
 *       processor's own node's DRAM: 80-90 ns</td></tr>
 *   <tr><td>{@code memory-remote}</td><td>138</td><td>the same from another node's DRAM: 130-145
 *       ns (one hop; further hops add {@code transfer-per-hop})</td></tr>
 *   <tr><td>{@code lock-handoff}</td><td>20</td><td>what a lock hand-off adds to the line's
 *       transfer (the new holder's failed attempt and retry before its winning atomic): an
 *       estimate from the core-to-core CAS ping-pong figures (16-50 ns same socket)</td></tr>
 *   <tr><td>{@code ppc}</td><td>48</td><td>a protected procedure call to a server on the same
 *       processor: L4's ~121-cycle IPC</td></tr>
 *   <tr><td>{@code message}</td><td>160</td><td>posting a cross-processor message (URPC,
 *       180-620 cycles one way; the middle of the range), plus the line transfer to the
 *       target</td></tr>
 *   <tr><td>{@code soft-interrupt}</td><td>20</td><td>raising a soft interrupt: an atomic OR on
 *       the target's word (a local atomic plus a check), plus the line transfer to the
 *       target</td></tr>
 * </table>
 */
public final class Costs {
  /** The parameters' names, in the order of the table above. */
  public static final List<String> NAMES =
      List.of(
          "local-hit",
          "local-atomic",
          "transfer-same-node",
          "transfer-other-node",
          "transfer-per-hop",
          "memory-local",
          "memory-remote",
          "lock-handoff",
          "ppc",
          "message",
          "soft-interrupt");

  static final int LOCAL_HIT = 0;
  static final int LOCAL_ATOMIC = 1;
  static final int TRANSFER_SAME_NODE = 2;
  static final int TRANSFER_OTHER_NODE = 3;
  static final int TRANSFER_PER_HOP = 4;
  static final int MEMORY_LOCAL = 5;
  static final int MEMORY_REMOTE = 6;
  static final int LOCK_HANDOFF = 7;
  static final int PPC = 8;
  static final int MESSAGE = 9;
  static final int SOFT_INTERRUPT = 10;

  private static final double[] DEFAULTS = {1, 6, 46, 122, 40, 85, 138, 20, 48, 160, 20};

  /** Virtual time is kept in picoseconds, so that sub-nanosecond parameters stay exact. */
  static final long PICOS_PER_NANO = 1000;

  private final double[] nanos;

  private Costs(double[] nanos) {
    this.nanos = nanos;
  }

  /** The published defaults (see the class comment). */
  public static Costs defaults() {
    return new Costs(DEFAULTS.clone());
  }

  /**
   * A copy with parameter {@code name} set to {@code nanoseconds}.
   *
   * @throws IllegalArgumentException for an unknown name or a negative or non-finite value
   */
  public Costs with(String name, double nanoseconds) {
    int index = NAMES.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException(
          "unknown cost parameter \"" + name + "\"; expected one of " + String.join(", ", NAMES));
    }
    if (!(nanoseconds >= 0) || Double.isInfinite(nanoseconds)) {
      throw new IllegalArgumentException(
          "cost " + name + " = " + nanoseconds + " ns; expected a finite number >= 0");
    }
    double[] copy = nanos.clone();
    copy[index] = nanoseconds;
    return new Costs(copy);
  }

  /** Parameter {@code name} in nanoseconds. */
  public double nanos(String name) {
    int index = NAMES.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException(
          "unknown cost parameter \"" + name + "\"; expected one of " + String.join(", ", NAMES));
    }
    return nanos[index];
  }

  /** Every parameter by name, in {@link #NAMES} order, in nanoseconds. */
  public Map<String, Double> asMap() {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < nanos.length; i++) {
      map.put(NAMES.get(i), nanos[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** Parameter {@code index} in picoseconds. */
  long picos(int index) {
    return Math.round(nanos[index] * PICOS_PER_NANO);
  }

  /**
   * Hops between two nodes at SLIT {@code distance}: 0 for the local distance, 1 up to 20, and one
   * more for every further 10 (rounded up).
   */
  static int hops(int distance) {
    if (distance <= Machine.LOCAL_DISTANCE) {
      return 0;
    }
    return Math.max(1, (distance - Machine.LOCAL_DISTANCE + 9) / 10);
  }

  /** A line transfer between processors at {@code distance}, in picoseconds. */
  long transferPicos(int distance) {
    int hops = hops(distance);
    return hops == 0
        ? picos(TRANSFER_SAME_NODE)
        : picos(TRANSFER_OTHER_NODE) + (hops - 1) * picos(TRANSFER_PER_HOP);
  }

  /** A line read from the DRAM of a node at {@code distance}, in picoseconds. */
  long memoryPicos(int distance) {
    int hops = hops(distance);
    return hops == 0
        ? picos(MEMORY_LOCAL)
        : picos(MEMORY_REMOTE) + (hops - 1) * picos(TRANSFER_PER_HOP);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Costs costs && Arrays.equals(nanos, costs.nanos);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(nanos);
  }

  /** For example {@code Costs[local-hit=1, local-atomic=6, ...]} (nanoseconds). */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Costs[");
    for (int i = 0; i < nanos.length; i++) {
      text.append(i == 0 ? "" : ", ").append(NAMES.get(i)).append('=').append(format(nanos[i]));
    }
    return text.append(']').toString();
  }

  static String format(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}

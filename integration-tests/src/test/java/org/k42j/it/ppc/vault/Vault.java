package org.k42j.it.ppc.vault;

import org.k42j.annotations.Async;
import org.k42j.annotations.Exported;

/** An exported interface with a parameter and a result of every shape that can cross. */
@Exported
public interface Vault {
  /** Keeps {@code values} as received and returns how many. */
  int keep(int[] values);

  /** What {@link #keep} kept, as the server holds it. */
  int[] kept();

  /** Keeps {@code batch} as received and returns it. */
  Batch echo(Batch batch);

  /** The name of {@code other}, asked of {@code other}. */
  String nameOf(Vault other);

  /** This vault, as an exported result. */
  Vault self();

  /** This vault's name. */
  String name();

  long sum(long... values);

  Level raise(Level level);

  Pair<String, int[]> swap(Pair<String, int[]> pair);

  int[][] transpose(int[][] grid);

  Vault[] peers(Vault[] peers);

  @Async
  void record(String event);

  String[] events();

  /** Runs in the caller: two remote calls. */
  default String twice() {
    return name() + name();
  }
}

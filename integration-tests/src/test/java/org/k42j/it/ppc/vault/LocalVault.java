package org.k42j.it.ppc.vault;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The server object: keeps what it receives as it received it. */
public final class LocalVault implements Vault {
  final String name;
  int[] kept;
  Batch batch;
  Vault other;
  Vault[] peers;
  final List<String> events = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger namesAsked = new AtomicInteger();

  public LocalVault(String name) {
    this.name = name;
  }

  @Override
  public int keep(int[] values) {
    kept = values;
    return values.length;
  }

  @Override
  public int[] kept() {
    return kept;
  }

  @Override
  public Batch echo(Batch batch) {
    this.batch = batch;
    return batch;
  }

  @Override
  public String nameOf(Vault other) {
    this.other = other;
    return other.name();
  }

  @Override
  public Vault self() {
    return this;
  }

  @Override
  public String name() {
    namesAsked.incrementAndGet();
    return name;
  }

  @Override
  public long sum(long... values) {
    long sum = 0;
    for (long value : values) {
      sum += value;
    }
    return sum;
  }

  @Override
  public Level raise(Level level) {
    return level == Level.LOW ? Level.HIGH : level;
  }

  @Override
  public Pair<String, int[]> swap(Pair<String, int[]> pair) {
    return new Pair<>(pair.first() + "!", pair.second());
  }

  @Override
  public int[][] transpose(int[][] grid) {
    int[][] out = new int[grid[0].length][grid.length];
    for (int i = 0; i < grid.length; i++) {
      for (int j = 0; j < grid[i].length; j++) {
        out[j][i] = grid[i][j];
      }
    }
    return out;
  }

  @Override
  public Vault[] peers(Vault[] peers) {
    this.peers = peers;
    return peers;
  }

  @Override
  public void record(String event) {
    events.add(event);
  }

  @Override
  public String[] events() {
    return events.toArray(new String[0]);
  }
}

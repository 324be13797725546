package org.k42j.kernel.dispatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Chooses among ready entries: strict priority first (the highest priority with a ready entry
 * wins), then a lottery among that priority's entries, each winning with probability proportional
 * to its tickets (Waldspurger and Weihl's lottery scheduling). Every entry of the winning priority
 * has a non-zero chance in every draw, so none starves inside its priority. Draws come from the
 * caller's seeded random source, and the order of entries depends only on the sequence of {@link
 * #add} and {@link #remove} calls, so the same seed and the same sequence of calls replay the same
 * choices.
 *
 * <p>Not thread-safe: a scheduler belongs to one virtual processor (or one dispatcher on it) and is
 * used only by the thread holding that processor.
 *
 * <p>Invariants: each entry is in at most one level, at the index {@code index} records; a level's
 * {@code total} is the sum of its entries' tickets; empty levels are removed, so {@code
 * levels.lastEntry()} is the highest ready priority.
 */
final class LotteryScheduler<T extends Schedulable> {
  private final TreeMap<Integer, Level<T>> levels = new TreeMap<>();
  private final Map<T, Integer> index = new HashMap<>();
  private int size;

  /** Adds a ready entry; adding one that is already ready is an error. */
  void add(T entry) {
    int tickets = entry.tickets();
    if (tickets < 1) {
      throw new IllegalArgumentException(entry + " has " + tickets + " tickets; give at least 1");
    }
    if (index.containsKey(entry)) {
      throw new IllegalStateException(entry + " is already ready");
    }
    Level<T> level = levels.computeIfAbsent(entry.priority(), p -> new Level<>());
    index.put(entry, level.entries.size());
    level.entries.add(entry);
    level.total += tickets;
    size++;
  }

  /** The highest priority with a ready entry, or {@link Integer#MIN_VALUE} when none is ready. */
  int maxPriority() {
    return levels.isEmpty() ? Integer.MIN_VALUE : levels.lastKey();
  }

  /** Removes an entry; returns false when it was not ready. */
  boolean remove(T entry) {
    Integer at = index.remove(entry);
    if (at == null) {
      return false;
    }
    Level<T> level = levels.get(entry.priority());
    int last = level.entries.size() - 1;
    T moved = level.entries.remove(last);
    if (at != last) {
      level.entries.set(at, moved);
      index.put(moved, at);
    }
    level.total -= entry.tickets();
    if (level.entries.isEmpty()) {
      levels.remove(entry.priority());
    }
    size--;
    return true;
  }

  /** True when {@code entry} is ready. */
  boolean contains(T entry) {
    return index.containsKey(entry);
  }

  /** The number of ready entries. */
  int size() {
    return size;
  }

  /** True when nothing is ready. */
  boolean isEmpty() {
    return size == 0;
  }

  /**
   * Draws the next entry: the highest ready priority, then a lottery over its entries; null when
   * nothing is ready. The entry stays ready (remove it to take it off).
   */
  T pick(SplittableRandom random) {
    Map.Entry<Integer, Level<T>> top = levels.lastEntry();
    if (top == null) {
      return null;
    }
    Level<T> level = top.getValue();
    if (level.entries.size() == 1) {
      return level.entries.get(0);
    }
    long ticket = random.nextLong(level.total);
    for (T entry : level.entries) {
      ticket -= entry.tickets();
      if (ticket < 0) {
        return entry;
      }
    }
    throw new AssertionError("ticket beyond the level's total " + level.total);
  }

  /** The entries of one priority, with their total tickets. */
  private static final class Level<T> {
    final ArrayList<T> entries = new ArrayList<>();
    long total;
  }
}

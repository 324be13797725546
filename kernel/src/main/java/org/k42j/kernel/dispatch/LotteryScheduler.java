package org.k42j.kernel.dispatch;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SplittableRandom;

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
 * <p>It allocates nothing once its levels and tables have grown to the processor's working set:
 * every thread switch adds and removes entries (a PPC makes several), so a level that empties is
 * kept for the next entry of its priority rather than rebuilt, priorities are never boxed, and the
 * index is an identity table (no node per entry). Empty levels are dropped only when a new priority
 * arrives and more than {@link #KEPT_EMPTY_LEVELS} are empty, so a program that uses ever new
 * priorities does not grow the list without bound.
 *
 * <p>Invariants: {@code levels} is sorted by ascending priority, one level per priority; each entry
 * is in at most one level, at the index {@code index} records (entries are told apart by identity);
 * a level's {@code total} is the sum of its entries' tickets; {@code size} is the number of
 * entries.
 */
final class LotteryScheduler<T extends Schedulable> {
  /** How many empty levels may wait for their priority's next entry. */
  static final int KEPT_EMPTY_LEVELS = 8;

  private final ArrayList<Level<T>> levels = new ArrayList<>();
  private final Map<T, Integer> index = new IdentityHashMap<>();
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
    Level<T> level = levelOf(entry.priority());
    index.put(entry, level.entries.size());
    level.entries.add(entry);
    level.total += tickets;
    size++;
  }

  /** The level of {@code priority}, made (in sorted place) when there is none. */
  private Level<T> levelOf(int priority) {
    int at = find(priority);
    if (at >= 0) {
      return levels.get(at);
    }
    if (levels.size() - readyLevels() > KEPT_EMPTY_LEVELS) {
      levels.removeIf(level -> level.entries.isEmpty());
      at = find(priority);
    }
    Level<T> level = new Level<>(priority);
    levels.add(-at - 1, level);
    return level;
  }

  /** The position of {@code priority}'s level, or {@code -(insertion point) - 1}. */
  private int find(int priority) {
    int low = 0;
    int high = levels.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int at = levels.get(middle).priority;
      if (at < priority) {
        low = middle + 1;
      } else if (at > priority) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -low - 1;
  }

  private int readyLevels() {
    int ready = 0;
    for (int i = 0; i < levels.size(); i++) {
      if (!levels.get(i).entries.isEmpty()) {
        ready++;
      }
    }
    return ready;
  }

  /** The highest level with a ready entry, or null. */
  private Level<T> top() {
    for (int i = levels.size() - 1; i >= 0; i--) {
      Level<T> level = levels.get(i);
      if (!level.entries.isEmpty()) {
        return level;
      }
    }
    return null;
  }

  /** The highest priority with a ready entry, or {@link Integer#MIN_VALUE} when none is ready. */
  int maxPriority() {
    Level<T> top = top();
    return top == null ? Integer.MIN_VALUE : top.priority;
  }

  /** Removes an entry; returns false when it was not ready. */
  boolean remove(T entry) {
    Integer at = index.remove(entry);
    if (at == null) {
      return false;
    }
    Level<T> level = levels.get(find(entry.priority()));
    int last = level.entries.size() - 1;
    T moved = level.entries.remove(last);
    if (at != last) {
      level.entries.set(at, moved);
      index.put(moved, at);
    }
    level.total -= entry.tickets();
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
    Level<T> level = top();
    if (level == null) {
      return null;
    }
    if (level.entries.size() == 1) {
      return level.entries.get(0);
    }
    long ticket = random.nextLong(level.total);
    for (int i = 0; i < level.entries.size(); i++) {
      T entry = level.entries.get(i);
      ticket -= entry.tickets();
      if (ticket < 0) {
        return entry;
      }
    }
    throw new AssertionError("ticket beyond the level's total " + level.total);
  }

  /** The entries of one priority, with their total tickets. */
  private static final class Level<T> {
    final int priority;
    final ArrayList<T> entries = new ArrayList<>();
    long total;

    Level(int priority) {
      this.priority = priority;
    }
  }

  /** The number of levels held, ready or empty (for tests). */
  int levelCount() {
    return levels.size();
  }
}

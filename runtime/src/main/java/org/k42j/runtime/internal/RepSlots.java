package org.k42j.runtime.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A root's reps by slot, four parallel arrays of one length: the rep, its call entry (the rep, or
 * its guard), its visible entry (the call entry behind every installed {@link CallLayer}, or the
 * call entry itself when none is) and its visited entry (the same behind the users' layers only,
 * never a swap's {@link Mediator}). Rows use visible entries, gathers and broadcasts visited ones
 * (a visit takes part in a swap once, at its start); cleanup and state export use the reps and
 * their call entries. Grown by copying, replaced whole by a hot swap; written only under the root's
 * lock.
 */
final class RepSlots {
  final AtomicReferenceArray<Object> reps;
  final AtomicReferenceArray<Object> entries;
  final AtomicReferenceArray<Object> visible;
  final AtomicReferenceArray<Object> visited;
  int created; // reps created in this set; guarded by the root's lock

  RepSlots(int length) {
    reps = new AtomicReferenceArray<>(length);
    entries = new AtomicReferenceArray<>(length);
    visible = new AtomicReferenceArray<>(length);
    visited = new AtomicReferenceArray<>(length);
  }

  int length() {
    return reps.length();
  }

  /** A copy at least {@code slot + 1} long (doubling). */
  RepSlots grownToCover(int slot) {
    RepSlots grown = new RepSlots(Math.max(slot + 1, length() * 2));
    for (int i = 0; i < length(); i++) {
      grown.reps.set(i, reps.get(i));
      grown.entries.set(i, entries.get(i));
      grown.visible.set(i, visible.get(i));
      grown.visited.set(i, visited.get(i));
    }
    grown.created = created;
    return grown;
  }

  /** Adds every rep and entry (call, visible and visited) to {@code parts}. */
  void addPartsTo(List<Object> parts) {
    for (int i = 0; i < length(); i++) {
      parts.add(reps.get(i));
      parts.add(entries.get(i));
      parts.add(visible.get(i));
      parts.add(visited.get(i));
    }
  }

  /** Reps created so far. */
  int count() {
    int count = 0;
    for (int i = 0; i < length(); i++) {
      if (reps.get(i) != null) {
        count++;
      }
    }
    return count;
  }
}

package org.k42j.runtime.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.function.IntFunction;
import org.k42j.runtime.ProcessorIdentityException;

/**
 * A clustered object's translation row: one entry per processor id, each the miss object or the
 * call entry (rep or guard) of the rep that serves the processor. The dispatcher holds the array
 * itself in a plain field, so the hit path is one load; this class writes it, grows it and empties
 * it. Every method runs under the root's lock.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>No entry is ever null: a new or grown array is filled with the miss object first.
 *   <li>A replaced (grown) array is emptied after the new one is installed in the dispatcher, and
 *       nothing writes to it afterwards, so a dispatcher still reading the old array reaches the
 *       root instead of a stale rep.
 *   <li>An array's entries are written before a release fence that precedes storing it in the
 *       dispatcher's plain field. A racing reader that loads the new array and then an entry of it
 *       makes two dependent loads, which every platform HotSpot runs on keeps in order, so it sees
 *       the entry filled (the JMM alone does not promise this for a plain field read without an
 *       acquire; the hit path relies on the hardware ordering, as {@link InstalledMachine} does for
 *       the identity).
 *   <li>The row grows only to cover an id below the installed identity's count, so a faulty id
 *       cannot make it allocate gigabytes.
 * </ul>
 *
 * @param <T> the contract type
 */
final class TranslationRow<T> {
  private static final VarHandle ENTRY = MethodHandles.arrayElementVarHandle(Object[].class);

  private final IntFunction<T[]> newArray;
  private final T missObject;
  private final DispatcherBase dispatcher;
  private T[] entries;

  /** A row of {@code length} miss objects for {@code dispatcher}, whose constructor reads it. */
  TranslationRow(IntFunction<T[]> newArray, T missObject, DispatcherBase dispatcher, int length) {
    this.newArray = newArray;
    this.missObject = missObject;
    this.dispatcher = dispatcher;
    this.entries = newArray.apply(length);
    Arrays.fill(entries, missObject);
  }

  /** The current array, as the dispatcher holds it. */
  T[] array() {
    return entries;
  }

  int length() {
    return entries.length;
  }

  /**
   * Grows the row so that it covers {@code processor}. Refuses an id that neither the installed
   * identity nor the row covers: it comes from a faulty identity, and growing the row to it could
   * take gigabytes (or overflow).
   */
  void cover(int processor) {
    if (processor >= 0 && processor < entries.length) {
      return;
    }
    int count = InstalledMachine.identity().count();
    if (processor < 0 || processor >= count) {
      throw new ProcessorIdentityException(
          "processor identity "
              + InstalledMachine.identity()
              + " returned "
              + processor
              + "; ids must be in 0.."
              + (count - 1)
              + ", so fix the identity's current() (or its count())");
    }
    T[] old = entries;
    T[] grown = newArray.apply(Math.max(count, old.length * 2));
    Arrays.fill(grown, missObject);
    System.arraycopy(old, 0, grown, 0, old.length);
    entries = grown;
    VarHandle.releaseFence(); // the fill above before the plain store of the reference
    dispatcher.installRow(grown);
    fillWithMissObject(old);
  }

  /** Sets the entry of {@code processor} (which the row covers). */
  void set(int processor, T entry) {
    ENTRY.setVolatile(entries, processor, entry);
  }

  /** The object that stands in every empty entry. */
  T missObject() {
    return missObject;
  }

  /** Puts the miss object back in every entry, so every call goes to the root. */
  void empty() {
    fillWithMissObject(entries);
  }

  private void fillWithMissObject(T[] array) {
    for (int i = 0; i < array.length; i++) {
      ENTRY.setVolatile(array, i, missObject);
    }
  }
}

package org.k42j.runtime;

/**
 * A clustered-object identifier: an index into the global translation table plus the generation of
 * that index. An index is reused after its object is destroyed or collected, with a new generation,
 * so a {@code Coid} kept past its object's life resolves to a {@link StaleCoidException} instead of
 * reaching the new object.
 *
 * @param index the slot in the global translation table
 * @param generation how many objects have held this slot before
 */
public record Coid(int index, int generation) {
  @Override
  public String toString() {
    return "coid " + index + "#" + generation;
  }
}

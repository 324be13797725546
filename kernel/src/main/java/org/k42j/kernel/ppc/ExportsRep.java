package org.k42j.kernel.ppc;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.k42j.annotations.Rep;

/**
 * One virtual processor's translations: slot {@code i} of {@code cache} holds the export of the
 * table's slot {@code i} once this processor resolved it, so resolving a handle again reads only
 * this processor's memory. A hit takes no lock and writes nothing shared.
 *
 * <p>Invariants: only the root writes {@code cache} and its entries, under its table lock; under
 * that lock every entry is null or the live export of its slot (the root installs an export it has
 * just checked live, and evicts it from every rep before its revocation returns, after setting
 * {@code revoked}). A reader that still holds an array the root replaced may find an export evicted
 * from the new one: a hit therefore also checks {@code revoked} (volatile, set before any
 * eviction), so a resolve that starts after a revocation returned never answers the revoked export.
 * The counts are written by this processor's context only (an exclusive rep).
 */
@Rep(root = ExportsRoot.class)
final class ExportsRep extends Exports_RepBase implements Exports {
  private volatile AtomicReferenceArray<Export> cache = new AtomicReferenceArray<>(16);
  private long hits; // plain: one writer; exact for a reader that joined the processor's threads
  private long misses;

  ExportsRep() {
    root().join(this);
  }

  @Override
  public Export resolve(ObjectHandle handle) {
    AtomicReferenceArray<Export> entries = cache;
    int slot = handle.slot();
    if (slot >= 0 && slot < entries.length()) {
      Export cached = entries.get(slot);
      if (cached != null
          && !cached.revoked
          && (cached.handle == handle || cached.handle.equals(handle))) {
        hits++;
        return cached;
      }
    }
    misses++;
    return root().resolveInto(this, handle);
  }

  /** Under the root's lock: caches {@code export} at {@code slot}, growing the cache to fit. */
  void install(int slot, Export export) {
    AtomicReferenceArray<Export> entries = cache;
    if (slot >= entries.length()) {
      AtomicReferenceArray<Export> grown =
          new AtomicReferenceArray<>(Math.max(slot + 1, 2 * entries.length()));
      for (int i = 0; i < entries.length(); i++) {
        grown.set(i, entries.get(i));
      }
      cache = grown;
      entries = grown;
    }
    entries.set(slot, export);
  }

  /** Under the root's lock: forgets whatever is cached at {@code slot}. */
  void evict(int slot) {
    AtomicReferenceArray<Export> entries = cache;
    if (slot < entries.length()) {
      entries.set(slot, null);
    }
  }

  @Override
  public long hits() {
    return hits;
  }

  @Override
  public long misses() {
    return misses;
  }
}

package org.k42j.kernel.ppc;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/**
 * The kernel's export table as a clustered object, as K42 translates object references through
 * per-processor tables: each virtual processor resolves handles in its own rep ({@link
 * ExportsRep}), a cache of the exports it has resolved, and only a miss goes to the shared table in
 * the root ({@link ExportsRoot}), which also exports and revokes. Built and used by {@link
 * ExportTable} only.
 */
@ClusteredObject
interface Exports {
  /**
   * The live export {@code handle} names, from the calling processor's cache or, on a miss, the
   * root's table; throws for a stale or forged handle, or one whose server exited.
   */
  Export resolve(ObjectHandle handle);

  /** Resolutions every processor answered from its cache. */
  @Gather(reduce = Reduce.SUM)
  long hits();

  /** Resolutions every processor passed to the root. */
  @Gather(reduce = Reduce.SUM)
  long misses();
}

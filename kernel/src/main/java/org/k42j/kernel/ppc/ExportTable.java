package org.k42j.kernel.ppc;

import java.util.List;
import org.k42j.kernel.vp.VpThread;

/**
 * The kernel's export table, as the rest of the PPC facility sees it: slot {@code i} holds the
 * object that handles with slot {@code i} name. Resolving a handle on a virtual processor goes
 * through that processor's rep of the {@link Exports} clustered object, which answers from its own
 * cache after the first time and takes no lock; exports, revocations, cache misses and resolutions
 * from plain threads go to the shared table in its root ({@link ExportsRoot}, under one lock). A
 * call goes through the {@link Export} its stub resolved when it was made.
 *
 * <p>Invariants: every resolution answers as the root's table would at some moment during the call
 * (see {@link ExportsRep} for why a cached answer is never a revoked export); the clustered object
 * is released with this table (its roots are held weakly by the runtime).
 */
final class ExportTable {
  private final ExportsRoot root = new ExportsRoot();
  private final Exports exports = new Exports_Dispatcher(root);

  /**
   * The export of {@code target} as {@code exported} by {@code server}: an existing one, or new.
   */
  Export add(ServerSpace server, Class<?> exported, Object target, Skeleton<Object> skeleton) {
    return root.add(server, exported, target, skeleton);
  }

  /**
   * The live export {@code handle} names; throws for a stale or forged handle, or one whose server
   * exited. On a virtual processor, from its own translations.
   */
  Export resolve(ObjectHandle handle) {
    return Thread.currentThread() instanceof VpThread
        ? exports.resolve(handle)
        : root.resolve(handle);
  }

  /** Revokes the object {@code handle} names: its stubs' calls fail, its slot is reused later. */
  Export revoke(ObjectHandle handle) {
    return root.revoke(handle);
  }

  /**
   * Revokes every object {@code server} exported (it exited, for {@code reason}): the table no
   * longer holds the objects, and their slots are reused by later exports; until a slot is reused
   * its handle resolves to {@link ServerExitedException} rather than a revocation.
   */
  void revokeAll(ServerSpace server, String reason) {
    root.revokeAll(server, reason);
  }

  /** The live exports of {@code target}. */
  List<Export> exportsOf(Object target) {
    return root.exportsOf(target);
  }

  /**
   * What the table did so far: new exports, revocations, exports live now, and resolutions answered
   * by processors' caches, passed from processors to the root, and made by plain threads.
   */
  Counts counts() {
    long hits = exports.hits();
    long misses = exports.misses();
    long[] rootCounts = root.counts();
    return new Counts(
        rootCounts[0], rootCounts[1], root.liveExports(), hits, misses, rootCounts[2]);
  }

  /** {@link ExportTable#counts()}. */
  record Counts(
      long exports,
      long revocations,
      int live,
      long cacheHits,
      long cacheMisses,
      long plainThreadResolutions) {
    /** Every resolution, answered or refused. */
    long resolutions() {
      return cacheHits + cacheMisses + plainThreadResolutions;
    }
  }
}

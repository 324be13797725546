package org.k42j.runtime.clustering;

import java.lang.invoke.MethodHandle;
import org.k42j.runtime.clustering.internal.Route;
import org.k42j.runtime.internal.Broadcasts;
import org.k42j.runtime.internal.RootCore;

/**
 * The routes of one clustered object's gather, broadcast and on-root methods: what the processor
 * generates as their bodies. Gathers and broadcasts are bracketed by the root's visit ({@code
 * beginVisit}: the object is live, and a running hot swap counts the visit as a call) and visit
 * every existing rep through its row entry (an exclusive rep through its guard), in slot order, on
 * the caller's thread; a broadcast calls every rep even when one throws, and then throws the first
 * exception with the later ones suppressed in it. An on-root method checks that the object is live.
 */
final class Routes {
  private Routes() {}

  /**
   * @param call {@code (Object entry, Object[] arguments)Object}: the contract method
   * @param returnsHandle whether a combined result that is one of the reps' entries is replaced by
   *     the handle
   */
  static Route gather(RuntimeRoot root, MethodHandle call, Fold fold, boolean returnsHandle) {
    RootCore<Object> core = RootCore.of(root);
    return arguments -> {
      Object visit = core.beginVisit();
      try {
        Object result = fold.start();
        for (int slot = 0, slots = core.repSlots(); slot < slots; slot++) {
          Object rep = core.entryAt(slot);
          if (rep != null) {
            result = fold.step(result, (Object) call.invokeExact(rep, arguments), root::repName);
          }
        }
        // A combiner that picked one of the reps' entries hands back the handle, as the
        // processor's gather does (the guards return themselves for their rep).
        return returnsHandle && core.isEntry(result) ? root.handle() : result;
      } finally {
        core.endVisit(visit);
      }
    };
  }

  /**
   * @param call {@code (Object entry, Object[] arguments)Object}: the contract method
   */
  static Route broadcast(RuntimeRoot root, MethodHandle call) {
    RootCore<Object> core = RootCore.of(root);
    return arguments -> {
      Object visit = core.beginVisit();
      try {
        Throwable failure = null;
        for (int slot = 0, slots = core.repSlots(); slot < slots; slot++) {
          Object rep = core.entryAt(slot);
          if (rep != null) {
            try {
              Object ignored = (Object) call.invokeExact(rep, arguments);
            } catch (Throwable thrown) {
              failure = Broadcasts.failure(failure, thrown);
            }
          }
        }
        if (failure != null) {
          throw failure;
        }
        return null;
      } finally {
        core.endVisit(visit);
      }
    };
  }

  /**
   * @param call {@code (Object root, Object[] arguments)Object}: the root object's method
   * @param returnsHandle whether a result that is the root object is replaced by the handle
   */
  static Route onRoot(RuntimeRoot root, MethodHandle call, boolean returnsHandle) {
    Object rootObject = root.rootObject();
    RootCore<Object> core = RootCore.of(root);
    if (!returnsHandle) {
      return arguments -> {
        core.checkActive();
        return (Object) call.invokeExact(rootObject, arguments);
      };
    }
    return arguments -> {
      core.checkActive();
      Object result = (Object) call.invokeExact(rootObject, arguments);
      // A root method returning the root itself hands back the handle, as the processor's does.
      return result == rootObject ? root.handle() : result;
    };
  }
}

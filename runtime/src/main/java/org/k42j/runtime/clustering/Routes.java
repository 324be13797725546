package org.k42j.runtime.clustering;

import java.lang.invoke.MethodHandle;
import org.k42j.runtime.clustering.internal.Route;

/**
 * The routes of one clustered object's gather, broadcast and on-root methods: what the processor
 * generates as their bodies. Each first checks that the object is live; gathers and broadcasts
 * visit every existing rep through its row entry (an exclusive rep through its guard), in slot
 * order, on the caller's thread.
 */
final class Routes {
  private Routes() {}

  /**
   * @param call {@code (Object entry, Object[] arguments)Object}: the contract method
   */
  static Route gather(RuntimeRoot root, MethodHandle call, Fold fold) {
    return arguments -> {
      root.checkActive();
      Object result = fold.start();
      for (int slot = 0, slots = root.repSlots(); slot < slots; slot++) {
        Object rep = root.entryAt(slot);
        if (rep != null) {
          result = fold.step(result, (Object) call.invokeExact(rep, arguments), root::repName);
        }
      }
      return result;
    };
  }

  /**
   * @param call {@code (Object entry, Object[] arguments)Object}: the contract method
   */
  static Route broadcast(RuntimeRoot root, MethodHandle call) {
    return arguments -> {
      root.checkActive();
      for (int slot = 0, slots = root.repSlots(); slot < slots; slot++) {
        Object rep = root.entryAt(slot);
        if (rep != null) {
          Object ignored = (Object) call.invokeExact(rep, arguments);
        }
      }
      return null;
    };
  }

  /**
   * @param call {@code (Object root, Object[] arguments)Object}: the root object's method
   */
  static Route onRoot(RuntimeRoot root, MethodHandle call) {
    Object rootObject = root.rootObject();
    return arguments -> {
      root.checkActive();
      return (Object) call.invokeExact(rootObject, arguments);
    };
  }
}

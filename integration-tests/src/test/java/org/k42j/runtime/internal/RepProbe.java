package org.k42j.runtime.internal;

import java.util.List;

/** Reads what the root recorded in each rep (slot and home processor), for tests. */
public final class RepProbe {
  private RepProbe() {}

  /** The rep-set slot {@code rep} was created for. */
  public static int slot(Object rep) {
    return ((AbstractRep) rep).slot();
  }

  /** The processor whose call created {@code rep}. */
  public static int home(Object rep) {
    return ((AbstractRep) rep).homeProcessor();
  }

  /** The reps of the clustered object {@code handle}, in slot order. */
  public static List<?> reps(Object handle) {
    return DispatcherBase.rootOf(handle).reps();
  }

  /** The call entry of rep slot {@code slot} of {@code handle}: the rep, or its guard. */
  public static Object entry(Object handle, int slot) {
    return RootCore.of(DispatcherBase.rootOf(handle)).entryAt(slot);
  }
}

package org.k42j.runtime.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Moving reps' state out of and into a clustered object, the same way for a hot swap ({@link
 * HotSwap}) and a serial form: each rep's state is exported under its guard by the version (or the
 * root's hooks) that made it, and the first rep of a new set imports every state before any call
 * reaches it.
 */
final class StateTransfer {
  private StateTransfer() {}

  /**
   * The serial form of {@code core}'s object: every current rep's exported state, each taken under
   * its guard during a visit, as a gather reads, so a destroyed object refuses and a running swap
   * is taken part in.
   *
   * @param maker makes the new object when the form is read back
   */
  static <T> SerialForm serialForm(RootCore<T> core, SerialMaker<T> maker) {
    Object visit = core.beginVisit();
    try {
      RepGeneration<T> current = core.generation;
      List<Object> states = new ArrayList<>();
      for (int slot = 0; slot < current.set.length(); slot++) {
        Object rep = current.set.reps.get(slot);
        if (rep != null) {
          states.add(exportFrom(core, current, rep, current.set.entries.get(slot)));
        }
      }
      return new SerialForm(maker, states);
    } finally {
      core.endVisit(visit);
    }
  }

  /**
   * Reading a serial form back into {@code core}'s new object, before anyone else has it: the rep
   * of the calling thread's processor imports every state, as the first rep after a hot swap does.
   */
  static <T> void importSerialForm(RootCore<T> core, List<Object> states) {
    synchronized (core.lock) {
      int processor = InstalledMachine.current();
      int slot = core.generation.slots.slotOf(processor);
      core.misses.entryFor(slot, processor);
      importInto(core, core.generation, core.generation.set.reps.get(slot), states);
    }
  }

  /**
   * The state of {@code rep} of generation {@code of}, exported by its version (or the root) under
   * its guard ({@code entry}) when it has one.
   */
  @SuppressWarnings("unchecked")
  static <T> Object exportFrom(RootCore<T> core, RepGeneration<T> of, Object rep, Object entry) {
    Object[] state = new Object[1];
    RepClassVersion<T> version = of.version;
    Runnable export =
        () ->
            state[0] = version == null ? core.root.exportState(rep) : version.exportState((T) rep);
    if (entry instanceof RepGuard) {
      ((RepGuard) entry).runExclusively(export);
    } else {
      export.run();
    }
    return state[0];
  }

  /** {@code rep} of generation {@code of} imports {@code exported}, by its version or the root. */
  @SuppressWarnings("unchecked")
  static <T> void importInto(
      RootCore<T> core, RepGeneration<T> of, Object rep, List<Object> exported) {
    if (of.version == null) {
      core.root.importState(rep, exported);
    } else {
      of.version.importState((T) rep, exported);
    }
  }

  /** Whether the current reps of {@code core} can export their state (a version always can). */
  static boolean currentTransfersState(RootCore<?> core) {
    return core.generation.version != null || core.root.transfersState();
  }

  /** The class of the current reps, by name; null before the first rep of the object. */
  static String repClassName(RootCore<?> core) {
    RepClassVersion<?> current = core.generation.version;
    if (current != null) {
      return current.repClass().getName();
    }
    Class<?> primary = core.root.primaryRepClass();
    return primary == null ? null : primary.getName();
  }
}

package org.k42j.runtime.internal;

import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What a clustered object of a {@code Serializable} contract writes in its place: the state every
 * rep exported ({@code @ExportState}), read as a gather reads, each rep under its guard. Reading it
 * back makes a new clustered object (a new COID, its own reps) whose rep on the reading thread's
 * processor imports every state ({@code @ImportState}), as the first rep does after a hot swap. The
 * copy shares nothing with the original: later calls on either do not reach the other.
 */
public final class SerialForm implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** Makes the new object: a reference to the generated dispatcher's constructor. */
  private final SerialMaker<?> maker;

  /** Every rep's exported state, in slot order; each must be serializable. */
  private final ArrayList<Object> states;

  SerialForm(SerialMaker<?> maker, List<Object> states) {
    this.maker = maker;
    this.states = new ArrayList<>(states);
  }

  /** The new clustered object, holding every exported state in its first rep. */
  @Serial
  private Object readResolve() throws ObjectStreamException {
    return importInto(maker.get(), states);
  }

  /**
   * Has {@code handle}, a clustered object just made that no other thread holds yet, take in {@code
   * states} (exported by another object's reps, in slot order) as reading a serial form back does:
   * its rep on the calling thread's processor imports them all. For state that moves without Java
   * serialization of the object itself (the cluster module's graceful leave, whose new object needs
   * a root bound to its member).
   *
   * @return {@code handle}
   */
  public static <T> T importInto(T handle, List<Object> states) {
    StateTransfer.importSerialForm(DispatcherBase.rootOf(handle).core(), states);
    return handle;
  }
}

package org.k42j.kernel.ppc;

import org.k42j.kernel.dispatch.Migration;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.runtime.lifecycle.Request;

/**
 * A synchronous PPC on the migrating path, between the stub's {@code enter} and its {@code leave}
 * or {@code failed}: the caller's thread runs the server's code in the server's address space (see
 * {@link Migration}). Generated stubs hold it only to hand it back; it has no public members.
 *
 * <p>Invariants: one per migration frame of a thread (attached to it, and reused by every call at
 * that nesting depth, so a call allocates none), confined to the caller's processor like the frame;
 * its fields describe the frame's current call between {@link Ppc}'s enter and its end.
 */
public final class MigratedCall {
  final UThread caller;
  final Migration frame;
  Export export;
  int method;
  ServerPool pool;
  Request request;
  long timeoutNanos;
  long deadline;

  MigratedCall(UThread caller, Migration frame) {
    this.caller = caller;
    this.frame = frame;
  }

  @Override
  public String toString() {
    return "migrated PPC " + export + " method " + method;
  }
}

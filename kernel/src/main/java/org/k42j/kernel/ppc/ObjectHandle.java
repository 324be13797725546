package org.k42j.kernel.ppc;

import java.util.Objects;

/**
 * Names one exported object: the server's process id, the slot of the kernel's export table that
 * holds it, the slot's generation when it was exported, and the binary name of the interface it is
 * exported as. An immutable value: it crosses address spaces as it is (a name service entry, an
 * argument or a result of a PPC), and {@link Ppc#bind} turns it into a stub in the receiving
 * address space.
 *
 * <p>The kernel checks every handle it is given: a handle whose object was revoked (its server's
 * exit revokes it too) is stale ({@link StaleHandleException}); one that names a slot, generation,
 * server or interface the kernel never exported together is forged ({@link ForgedHandleException}).
 *
 * @param server the process id of the address space that exported the object
 * @param slot the export table slot
 * @param generation the slot's generation at export
 * @param exported the binary name of the exported interface
 */
public record ObjectHandle(int server, int slot, int generation, String exported) {
  /** Validates the components' shape (the kernel checks the rest). */
  public ObjectHandle {
    Objects.requireNonNull(exported, "exported: the exported interface's binary name");
  }

  @Override
  public String toString() {
    return exported + "@pid" + server + "/slot" + slot + "." + generation;
  }
}

package org.k42j.kernel.process;

import java.util.List;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;
import org.k42j.kernel.dispatch.AddressSpace;

/**
 * The kernel's process table, as a clustered object with one rep per virtual processor: a process
 * registered on processor {@code p} lives in {@code p}'s rep, under a pid that encodes {@code p}
 * ({@code pid % processors == p}), so registering touches only the local rep and takes no global
 * lock, and a lookup goes straight to the home rep. Counting and listing visit every rep.
 *
 * <pre>{@code
 * int pid = table.register(space);   // on the calling processor's rep
 * AddressSpace same = table.lookup(pid);
 * }</pre>
 *
 * <p>Call it from a virtual processor (the kernel's identity has no processor for plain threads);
 * {@code Kernel.createAddressSpace} and {@code Kernel.process} do that for plain threads.
 */
@ClusteredObject
public interface ProcessTable {
  /** Registers {@code space} on the calling processor and returns its new pid. */
  int register(AddressSpace space);

  /** The address space with {@code pid}, or null when there is none. */
  AddressSpace lookup(int pid);

  /** The number of registered processes. */
  @Gather(reduce = Reduce.SUM)
  long size();

  /** Every registered process, ordered by pid. */
  @Gather(combiner = ByPid.class)
  List<AddressSpace> list();
}

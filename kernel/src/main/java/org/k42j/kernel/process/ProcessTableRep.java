package org.k42j.kernel.process;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Rep;
import org.k42j.kernel.dispatch.AddressSpace;

/**
 * One processor's part of the {@link ProcessTable}: the processes registered on it.
 *
 * <p>Thread-safe: only the home processor registers here (one thread at a time on the kernel's
 * virtual processors), but lookups from other processors read the map, so it is a {@link
 * ConcurrentHashMap}. Invariant: every pid in {@code local} is {@code k * stride + home} for a
 * distinct {@code k < next}.
 */
@Rep(concurrency = Concurrency.THREAD_SAFE, root = ProcessTableRoot.class)
final class ProcessTableRep extends ProcessTable_RepBase implements ProcessTable {
  private final ConcurrentHashMap<Integer, AddressSpace> local = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  ProcessTableRep() {
    root().publish(homeProcessor(), this);
  }

  @Override
  public int register(AddressSpace space) {
    int pid =
        Math.addExact(Math.multiplyExact(next.getAndIncrement(), root().stride), homeProcessor());
    local.put(pid, space);
    return pid;
  }

  @Override
  public AddressSpace lookup(int pid) {
    if (pid < 0) {
      return null;
    }
    ProcessTableRep home = root().repOf(pid % root().stride);
    return home == null ? null : home.local.get(pid);
  }

  @Override
  public long size() {
    return local.size();
  }

  @Override
  public List<AddressSpace> list() {
    return List.copyOf(local.values());
  }
}

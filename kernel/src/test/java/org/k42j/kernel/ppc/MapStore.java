package org.k42j.kernel.ppc;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.kernel.ppc.fixture.Entry;
import org.k42j.kernel.ppc.fixture.Mode;
import org.k42j.kernel.ppc.fixture.Store;
import org.k42j.kernel.ppc.fixture.StoreException;
import org.k42j.runtime.Processors;
import org.k42j.runtime.lifecycle.Requests;

/**
 * A server's {@link Store}: counts in a concurrent map (server threads on several processors call
 * it at once), and a record of where each {@link #servedBy} call ran.
 */
class MapStore implements Store {
  final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  final Map<String, Gate> gates = new ConcurrentHashMap<>();
  final Queue<String> served = new ConcurrentLinkedQueue<>();
  volatile int[] kept;
  volatile Entry entry;

  Gate gate(String name) {
    return gates.computeIfAbsent(name, n -> new Gate());
  }

  @Override
  public long add(String key, long delta) {
    return counts.computeIfAbsent(key, k -> new AtomicLong()).addAndGet(delta);
  }

  @Override
  public long count(String key) {
    AtomicLong count = counts.get(key);
    return count == null ? 0 : count.get();
  }

  @Override
  public int[] keep(int[] values) {
    kept = values;
    return values;
  }

  @Override
  public int[] kept() {
    return kept;
  }

  @Override
  public Entry swap(Entry next) {
    Entry previous = entry;
    entry = next;
    return previous;
  }

  /** Records "address space/thread/in request" and returns the processor. */
  @Override
  public int servedBy() {
    UThread thread = UThread.current();
    served.add(
        thread.dispatcher().addressSpace().name()
            + "/"
            + thread.name()
            + "/"
            + (Requests.inRequest() ? "request" : "no request"));
    return Processors.current();
  }

  @Override
  public void hold(String name) {
    gate(name).await();
  }

  @Override
  public void fail(String message) throws StoreException {
    throw new StoreException(message);
  }

  @Override
  public long countIn(Store other, String key) {
    return other.count(key);
  }

  @Override
  public Store self() {
    return this;
  }

  @Override
  public void post(String key, long delta) {
    if (delta < 0) {
      throw new IllegalArgumentException("negative delta " + delta);
    }
    add(key, delta);
  }

  @Override
  public Mode echo(Mode mode) {
    return mode;
  }
}

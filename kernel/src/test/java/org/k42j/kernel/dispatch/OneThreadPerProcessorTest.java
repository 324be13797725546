package org.k42j.kernel.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.fixture.Tally;
import org.k42j.kernel.fixture.Tally_Factory;
import org.k42j.kernel.machine.Machine;
import org.k42j.runtime.ClusteredObjects;

/**
 * The baton's promise under real contention: at most one thread runs on a virtual processor at a
 * time, so exclusive per-processor reps, installed without a guard, count exactly.
 */
@Timeout(120)
class OneThreadPerProcessorTest extends BootedKernel {
  @Test
  void eightProcessorsOfAMillionUnguardedIncrementsEachCountExactly() throws Exception {
    boot(Machine.uniform(2, 4));
    Tally tally = Tally_Factory.create();
    AddressSpace app = kernel.createAddressSpace("app");
    List<UThread> threads = new ArrayList<>();
    for (int processor = 0; processor < 8; processor++) {
      threads.add(
          app.createDispatcher(processor)
              .spawn(
                  "adder",
                  () -> {
                    for (int i = 0; i < 1_000_000; i++) {
                      tally.add();
                      if (i % 10_000 == 0) {
                        UThread.yieldNow();
                      }
                    }
                  }));
    }
    for (UThread thread : threads) {
      thread.join();
    }
    assertEquals(8_000_000L, tally.total());
    assertEquals(8, tally.reps());
    assertEquals(0, ClusteredObjects.stats(tally).reps() - 8);
  }

  @Test
  void threadsSharingAProcessorNeverRunAtOnceAndShareItsRepExactly() throws Exception {
    boot(Machine.uniform(1, 4));
    Tally tally = Tally_Factory.create();
    AddressSpace app = kernel.createAddressSpace("app");
    AtomicIntegerArray inside = new AtomicIntegerArray(4);
    AtomicInteger overlaps = new AtomicInteger();
    List<UThread> threads = new ArrayList<>();
    for (int processor = 0; processor < 4; processor++) {
      Dispatcher dispatcher = app.createDispatcher(processor);
      int p = processor;
      for (int t = 0; t < 4; t++) {
        threads.add(
            dispatcher.spawn(
                "t" + t,
                () -> {
                  for (int i = 0; i < 250_000; i++) {
                    if (inside.incrementAndGet(p) != 1) {
                      overlaps.incrementAndGet();
                    }
                    tally.add();
                    inside.decrementAndGet(p);
                    if (i % 100 == 0) {
                      UThread.yieldNow();
                    }
                  }
                }));
      }
    }
    for (UThread thread : threads) {
      thread.join();
    }
    assertEquals(0, overlaps.get());
    assertEquals(4_000_000L, tally.total());
    assertEquals(4, tally.reps());
  }
}

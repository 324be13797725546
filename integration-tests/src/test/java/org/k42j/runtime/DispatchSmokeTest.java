package org.k42j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;

class DispatchSmokeTest {
  @Test
  void eightThreadsOfAMillionIncrementsSumExactly() throws Exception {
    Counter counter = Counter_Factory.create();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      threads.add(
          new Thread(
              () -> {
                for (int i = 0; i < 1_000_000; i++) {
                  counter.increment();
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(8_000_000L, counter.value());
    assertEquals(Processors.count(), ClusteredObjects.stats(counter).reps());
    ClusteredObjects.destroy(counter);
    assertThrows(ClusteredObjectDestroyedException.class, counter::increment);
  }

  @Test
  void serviceLoaderCreatesThroughTheGeneratedEntry() {
    Counter counter = ClusteredObjects.create(Counter.class);
    counter.add(5);
    assertEquals(5, counter.value());
  }
}

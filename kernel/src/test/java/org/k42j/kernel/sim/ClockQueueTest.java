package org.k42j.kernel.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The engine always runs the processor with the smallest (clock, id), and thinks as asked. */
class ClockQueueTest {
  @Test
  void topIsAlwaysTheSmallestClockThenTheSmallestId() {
    for (int size : new int[] {1, 2, 3, 5, 16, 63, 64, 100}) {
      int[] ids = new int[size];
      for (int i = 0; i < size; i++) {
        ids[i] = 3 * i; // ids of a larger machine, not dense
      }
      ClockQueue queue = new ClockQueue(ids, 3 * size);
      long[] clock = new long[3 * size];
      PriorityQueue<Integer> reference =
          new PriorityQueue<>(
              Comparator.<Integer>comparingLong(p -> clock[p]).thenComparingInt(p -> p));
      for (int id : ids) {
        reference.add(id);
      }
      SplittableRandom random = new SplittableRandom(size);
      for (int step = 0; step < 20_000; step++) {
        int top = reference.poll();
        assertEquals(top, queue.top(), "size " + size + ", step " + step);
        clock[top] += random.nextInt(4); // ties are common
        reference.add(top);
        queue.advanceTop(clock[top]);
      }
    }
  }

  @Test
  void thinkTimesAreExponentialWithTheRequestedMean() {
    Engine engine = new Engine(SimMachine.parse("1x1"), 1, 9, 250);
    int draws = 1_000_000;
    double sum = 0;
    int aboveMean = 0;
    for (int i = 0; i < draws; i++) {
      long picos = engine.think();
      sum += picos;
      if (picos > 250_000) {
        aboveMean++;
      }
    }
    assertEquals(250_000, sum / draws, 250_000 * 0.01);
    // P(X > mean) = 1/e for an exponential.
    assertEquals(Math.exp(-1), aboveMean / (double) draws, 0.005);
  }
}

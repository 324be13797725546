package org.k42j.simmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.simmarks.spi.MarkSink;
import org.k42j.simmarks.spi.MarkSinks;

class MarkSinksTest {

  /** Records every report as "name(argument)" and answers as a simulation on processor 3. */
  private static class Recording implements MarkSink {
    final List<String> reports = new ArrayList<>();

    @Override
    public void read(Object line) {
      reports.add("read(" + line + ")");
    }

    @Override
    public void write(Object line) {
      reports.add("write(" + line + ")");
    }

    @Override
    public void atomic(Object line) {
      reports.add("atomic(" + line + ")");
    }

    @Override
    public void acquire(Object lock) {
      reports.add("acquire(" + lock + ")");
    }

    @Override
    public void release(Object lock) {
      reports.add("release(" + lock + ")");
    }

    @Override
    public void work(double nanoseconds) {
      reports.add("work(" + nanoseconds + ")");
    }

    @Override
    public void memory(int node) {
      reports.add("memory(" + node + ")");
    }

    @Override
    public void message(int target) {
      reports.add("message(" + target + ")");
    }

    @Override
    public void softInterrupt(int target) {
      reports.add("softInterrupt(" + target + ")");
    }

    @Override
    public void ppc() {
      reports.add("ppc()");
    }

    @Override
    public boolean active() {
      return true;
    }

    @Override
    public int processor() {
      return 3;
    }

    @Override
    public double nanoTime() {
      return 12.5;
    }
  }

  @Test
  void withoutASinkEveryMarkIsANoOpAndAnswersAsOutsideASimulation() {
    assertNull(MarkSinks.installed());
    ModeledLine line = new ModeledLine();
    line.read();
    line.write();
    line.atomic();
    ModeledLock lock = new ModeledLock();
    lock.acquire();
    lock.release();
    Modeled.work(10);
    Modeled.memory(0);
    Modeled.message(1);
    Modeled.softInterrupt(1);
    Modeled.ppc();
    assertFalse(Modeled.active());
    assertEquals(-1, Modeled.processor());
    assertEquals(0.0, Modeled.nanoTime());
  }

  @Test
  void anInstalledSinkHearsEveryMarkWithTheMarkItselfUntilItsInstallationCloses() {
    Recording sink = new Recording();
    ModeledLine line = new ModeledLine();
    ModeledLock lock = new ModeledLock();
    try (MarkSinks.Installation installation = MarkSinks.install(sink)) {
      assertSame(sink, MarkSinks.installed());
      line.read();
      line.write();
      line.atomic();
      lock.acquire();
      lock.release();
      Modeled.work(2.5);
      Modeled.memory(1);
      Modeled.message(2);
      Modeled.softInterrupt(3);
      Modeled.ppc();
      assertTrue(Modeled.active());
      assertEquals(3, Modeled.processor());
      assertEquals(12.5, Modeled.nanoTime());
    }
    assertEquals(
        List.of(
            "read(" + line + ")",
            "write(" + line + ")",
            "atomic(" + line + ")",
            "acquire(" + lock + ")",
            "release(" + lock + ")",
            "work(2.5)",
            "memory(1)",
            "message(2)",
            "softInterrupt(3)",
            "ppc()"),
        sink.reports);

    line.read();
    assertNull(MarkSinks.installed());
    assertEquals(10, sink.reports.size());
    assertEquals(-1, Modeled.processor());
  }

  @Test
  void aSecondSinkIsRefusedUntilTheFirstIsClosedAndClosingTwiceIsHarmless() {
    MarkSinks.Installation first = MarkSinks.install(new Recording());
    try {
      IllegalStateException refused =
          assertThrows(IllegalStateException.class, () -> MarkSinks.install(new Recording()));
      assertTrue(refused.getMessage().contains("already installed"), refused.getMessage());
    } finally {
      first.close();
    }
    first.close();
    assertNull(MarkSinks.installed());
    MarkSinks.install(new Recording()).close();
  }

  @Test
  void whatASinkThrowsReachesTheMarkingCode() {
    Recording sink =
        new Recording() {
          @Override
          public void work(double nanoseconds) {
            throw new IllegalArgumentException("work of " + nanoseconds + " ns");
          }
        };
    try (MarkSinks.Installation installation = MarkSinks.install(sink)) {
      IllegalArgumentException thrown =
          assertThrows(IllegalArgumentException.class, () -> Modeled.work(-1));
      assertEquals("work of -1.0 ns", thrown.getMessage());
    }
  }
}

package org.k42j.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;

/** The runtime reports misses, visits and guard entries to an installed probe, and only then. */
class AccessProbesTest {
  /** Records every report as a word. */
  static final class Recorder implements AccessProbe {
    final List<String> reports = new ArrayList<>();
    final List<Object> guards = new ArrayList<>();

    @Override
    public void miss(ProbedObject object, int processor, Object entry) {
      reports.add("miss");
    }

    @Override
    public void visit(ProbedObject object) {
      reports.add("visit " + object.repSlots());
    }

    @Override
    public void enter(Object guard) {
      reports.add("enter");
      guards.add(guard);
    }

    @Override
    public void exit(Object guard) {
      reports.add("exit");
      guards.add(guard);
    }
  }

  @Test
  void missVisitAndGuardAreReportedInOrderWhileInstalled() {
    Counter counter = Counter_Factory.create();
    Recorder recorder = new Recorder();
    try (AccessProbes.Installation installation = AccessProbes.install(recorder)) {
      assertSame(recorder, AccessProbes.installed());
      counter.increment();
      counter.increment();
      assertEquals(2, counter.value());
    }
    int slots = Integer.parseInt(recorder.reports.get(5).substring("visit ".length()));
    assertEquals(
        List.of("miss", "enter", "exit", "enter", "exit", "visit " + slots, "enter", "exit"),
        recorder.reports);
    // The same guard every time: the one rep's.
    assertEquals(1, recorder.guards.stream().distinct().count());
    assertNull(AccessProbes.installed());
    counter.increment();
    assertEquals(8, recorder.reports.size());
  }

  @Test
  void aSecondProbeIsRefusedUntilTheFirstIsClosed() {
    try (AccessProbes.Installation first = AccessProbes.install(new Recorder())) {
      assertThrows(IllegalStateException.class, () -> AccessProbes.install(new Recorder()));
    }
    AccessProbes.install(new Recorder()).close();
  }
}

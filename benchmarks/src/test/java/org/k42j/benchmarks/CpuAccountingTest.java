package org.k42j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CpuAccountingTest {
  private static final String SELF_BEFORE =
      "4242 (java (bench)) S 1 4242 4242 0 -1 4194560 100 0 0 0 50 10 30 5 20 0 20 0 100 0";
  private static final String SELF_AFTER =
      "4242 (java (bench)) S 1 4242 4242 0 -1 4194560 100 0 0 0 60 20 200 40 20 0 20 0 100 0";

  @Test
  void parsesHostBusyTimeAndOwnTimeIncludingChildren() {
    CpuAccounting reading = CpuAccounting.parse("cpu  100 5 50 1000 10 3 2 7 0 0", SELF_BEFORE);

    assertEquals(100 + 5 + 50 + 3 + 2, reading.busyTicks());
    assertEquals(160 + 1000 + 10 + 7, reading.totalTicks());
    assertEquals(7, reading.stealTicks());
    assertEquals(50 + 10 + 30 + 5, reading.ownTicks());
  }

  @Test
  void othersAreBusyTimeNotSpentByThisProcessOrItsForks() {
    CpuAccounting start = CpuAccounting.parse("cpu  100 0 100 800 0 0 0 0", SELF_BEFORE);
    // 1000 ticks pass: 400 busy, of which this process and its forks took 60 + 20 + 200 + 40
    // minus the 95 they had: 225; the other 175 were someone else's.
    CpuAccounting end = CpuAccounting.parse("cpu  300 0 300 1400 0 0 0 0", SELF_AFTER);

    assertEquals("other processes 18%, hypervisor steal 0%", end.since(start).describe());
  }

  @Test
  void unreadableCountersSayUnknown() {
    CpuAccounting none = new CpuAccounting(0, 0, 0, 0, false);

    assertEquals("unknown (no /proc)", CpuAccounting.now().since(none).describe());
    assertFalse(none.readable());
  }

  @Test
  void intervalsAddUp() {
    CpuAccounting.Interference first = new CpuAccounting.Interference(10, 0, 100, true);
    CpuAccounting.Interference second = new CpuAccounting.Interference(40, 5, 100, true);

    assertEquals(
        "other processes 25%, hypervisor steal 3%",
        CpuAccounting.Interference.NONE.plus(first).plus(second).describe());
    assertEquals("unknown (no /proc)", first.plus(CpuAccounting.Interference.UNKNOWN).describe());
  }
}

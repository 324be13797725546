package org.k42j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every service in every form under 8 callers on the 2-core host: exact totals, shot after shot.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ServiceLoadTest {
  @Test
  void everyFormOfEveryServiceKeepsExactTotalsUnderMoreThreadsThanCores() throws Exception {
    for (String service : ServiceLoad.SERVICES) {
      for (ServiceForm form : OversubscriptionMain.formsOf(service)) {
        runShots(service, form, new CallerCount(8, false));
      }
    }
  }

  @Test
  void oneCallerWorksToo() throws Exception {
    for (String service : ServiceLoad.SERVICES) {
      runShots(service, ServiceForm.EXCLUSIVE, new CallerCount(1, false));
    }
  }

  @Test
  void onlyTheCounterHasLongAdderAndAtomicLongForms() {
    for (String service : ServiceLoad.SERVICES) {
      if (!service.equals("counter")) {
        for (ServiceForm form :
            new ServiceForm[] {ServiceForm.LONG_ADDER, ServiceForm.ATOMIC_LONG}) {
          IllegalArgumentException e =
              assertThrows(IllegalArgumentException.class, () -> ServiceLoad.of(service, form));
          assertTrue(e.getMessage().contains("has no form " + form.param()), e.getMessage());
        }
      }
    }
    assertThrows(IllegalArgumentException.class, () -> ServiceLoad.of("queue", ServiceForm.LOCKED));
    assertThrows(IllegalArgumentException.class, () -> ServiceForm.ofParam("spinning"));
  }

  private static void runShots(String service, ServiceForm form, CallerCount count)
      throws Exception {
    long calls = 20_011;
    try (ServiceLoad load = ServiceLoad.of(service, form);
        Callers harness = new Callers(count, load::caller, calls, TimeUnit.SECONDS.toNanos(60))) {
      for (int shot = 1; shot <= 2; shot++) {
        harness.arm();
        harness.fire();
        harness.disarm();
        try {
          load.check(shot * calls);
        } catch (IllegalStateException e) {
          throw new AssertionError(service + " " + form.param() + ": " + e.getMessage(), e);
        }
      }
    }
  }
}

package org.k42j.kernel.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.kernel.vp.VpThread;

/** The baton lane's contract, driven by a hand-written scheduler loop. */
@Timeout(30)
class BatonLaneTest {
  @Test
  void contextsRunOneAtATimeUntilTheyYieldOrFinishOnThreadsOfTheLanesProcessor() throws Exception {
    Lane lane = new BatonBackend().open(5, "test-vp5");
    List<String> trace = new ArrayList<>(); // touched only by the baton holder
    CompletableFuture<Void> done = new CompletableFuture<>();
    lane.start(
        () -> {
          try {
            List<Lane.Context> contexts = new ArrayList<>();
            for (String name : List.of("a", "b")) {
              contexts.add(
                  lane.create(
                      name,
                      () -> {
                        for (int step = 0; step < 3; step++) {
                          VpThread self = (VpThread) Thread.currentThread();
                          trace.add(name + step + "@" + self.processor());
                          lane.yieldToScheduler();
                        }
                      }));
            }
            while (!contexts.stream().allMatch(Lane.Context::finished)) {
              for (Lane.Context context : contexts) {
                if (!context.finished()) {
                  trace.add("s");
                  lane.run(context);
                }
              }
            }
            done.complete(null);
          } catch (Throwable e) {
            done.completeExceptionally(e);
          }
        });
    done.get(10, TimeUnit.SECONDS);
    assertEquals(
        List.of(
            "s", "a0@5", "s", "b0@5", "s", "a1@5", "s", "b1@5", "s", "a2@5", "s", "b2@5", "s", "s"),
        trace);
    assertEquals(List.of(), lane.join(5_000));
  }

  @Test
  void aLaneThatRanAThousandShortContextsLeavesNoThreadAlive() throws Exception {
    Lane lane = new BatonBackend().open(0, "test-vp0");
    int[] ran = {0};
    CompletableFuture<Void> done = new CompletableFuture<>();
    lane.start(
        () -> {
          for (int i = 0; i < 1000; i++) {
            lane.run(lane.create("short" + i, () -> ran[0]++));
          }
          done.complete(null);
        });
    done.get(20, TimeUnit.SECONDS);
    assertEquals(1000, ran[0]);
    assertEquals(List.of(), lane.join(5_000));
  }

  @Test
  void onlyARunningContextMayYieldAndADiscardedOneNeverRuns() throws Exception {
    Lane lane = new BatonBackend().open(0, "test-vp0");
    CompletableFuture<Throwable> fromScheduler = new CompletableFuture<>();
    boolean[] ran = {false};
    lane.start(
        () -> {
          Lane.Context context = lane.create("never", () -> ran[0] = true);
          lane.discard(context);
          try {
            lane.run(context);
            fromScheduler.complete(null);
          } catch (IllegalStateException e) {
            try {
              lane.yieldToScheduler();
              fromScheduler.complete(null);
            } catch (IllegalStateException expected) {
              fromScheduler.complete(expected);
            }
          }
        });
    Throwable refused = fromScheduler.get(10, TimeUnit.SECONDS);
    assertTrue(refused instanceof IllegalStateException);
    assertFalse(ran[0]);
    assertThrows(IllegalStateException.class, lane::yieldToScheduler); // not the lane's thread
    assertEquals(List.of(), lane.join(5_000));
  }
}

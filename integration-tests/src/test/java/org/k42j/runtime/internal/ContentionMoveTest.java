package org.k42j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.fixture.exclusive.AdaptiveTally;
import org.k42j.runtime.fixture.exclusive.AdaptiveTally_Factory;
import org.k42j.runtime.spi.ProcessorIdentity;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.Workers;

/**
 * A thread that waited on a guard moves to another processor slot when it leaves, unless its
 * contention just gave its processor a rep of its own (adaptive policy): moving then would leave
 * that new rep behind and send the thread to share another one. Nor does it move when another
 * thread that waited on the same guard already moved away while it waited: threads that wait on
 * each other would otherwise all move, by the same step, and meet again on the next slot.
 */
class ContentionMoveTest {
  /** A guard of the adaptive root that the test enters and leaves by hand. */
  private static final class HeldGuard extends RepGuard {
    HeldGuard(ClusterRoot<?, ?> root) {
      super(RootCore.of(root));
    }

    void enter() {
      lock();
    }

    void leave() {
      unlock();
    }
  }

  /**
   * Threads on the processors they set; counts lookups (a thread waiting on a guard makes one) and
   * the moves threads asked for, without moving anyone.
   */
  private static final class RecordingIdentity implements ProcessorIdentity {
    final ThreadLocal<Integer> processor = ThreadLocal.withInitial(() -> 0);
    final AtomicInteger lookups = new AtomicInteger();
    final AtomicInteger moves = new AtomicInteger();

    @Override
    public int count() {
      return 8;
    }

    @Override
    public int current() {
      lookups.incrementAndGet();
      return processor.get();
    }

    @Override
    public void contended() {
      moves.incrementAndGet();
    }
  }

  @Test
  void aThreadWhoseContentionGrewARepForItsProcessorStaysThereAndOtherwiseMoves() throws Exception {
    RecordingIdentity identity = new RecordingIdentity();
    try (var machine = Processors.install(identity, UniformTopology.single())) {
      AdaptiveTally tally = AdaptiveTally_Factory.create();
      tally.increment(); // processor 0: the shared home rep
      HeldGuard guard = new HeldGuard(DispatcherBase.rootOf(tally));

      waitOnGuardFromProcessor3(identity, guard); // processor 3 gets a rep of its own
      assertEquals(1, ClusteredObjects.stats(tally).adaptiveGrowths());
      assertEquals(0, identity.moves.get(), "the thread left its processor's new rep behind");

      waitOnGuardFromProcessor3(identity, guard); // processor 3 already has one: move on
      assertEquals(1, ClusteredObjects.stats(tally).adaptiveGrowths());
      assertEquals(1, identity.moves.get());
      ClusteredObjects.destroy(tally);
    }
  }

  @Test
  void ofThreadsWaitingOnOneGuardTogetherOnlyTheFirstToLeaveMoves() throws Exception {
    RecordingIdentity identity = new RecordingIdentity();
    try (var machine = Processors.install(identity, UniformTopology.single())) {
      Counter counter = Counter_Factory.create(); // per processor: contention grows nothing
      HeldGuard guard = new HeldGuard(DispatcherBase.rootOf(counter));
      guard.enter();
      int lookupsBefore = identity.lookups.get();
      Workers.run(
          3,
          t -> {
            if (t < 2) {
              identity.processor.set(1);
              guard.enter(); // both wait on the held guard
              guard.leave();
            } else {
              while (identity.lookups.get() < lookupsBefore + 2) {
                Thread.onSpinWait();
              }
              guard.leave(); // the main thread's hold, released by another thread on purpose
            }
          });
      assertEquals(1, identity.moves.get(), "both waiting threads moved, together");

      waitOnGuardFromProcessor3(identity, guard); // a later wait moves again
      assertEquals(2, identity.moves.get());
      ClusteredObjects.destroy(counter);
    }
  }

  /** Holds the guard until a thread on processor 3 waits for it, then lets that thread through. */
  private static void waitOnGuardFromProcessor3(RecordingIdentity identity, HeldGuard guard)
      throws InterruptedException {
    guard.enter();
    int lookupsBefore = identity.lookups.get();
    Workers.run(
        2,
        t -> {
          if (t == 0) {
            identity.processor.set(3);
            guard.enter(); // taken: looks up its processor, reports contention, waits
            guard.leave();
          } else {
            while (identity.lookups.get() == lookupsBefore) {
              Thread.onSpinWait();
            }
            guard.leave(); // the main thread's hold, released by another thread on purpose
          }
        });
  }
}

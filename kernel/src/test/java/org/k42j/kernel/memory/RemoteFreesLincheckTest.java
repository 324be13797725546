package org.k42j.kernel.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;
import org.junit.jupiter.api.Test;

/**
 * Lincheck checks the remote-free list (the lock-free stack through which foreign processors send
 * slots home) against a sequential stack: pushes from several threads, and drains that take the
 * whole list, from any thread, while pushes run. Each thread pushes its own slots ({@code thread *
 * 16 + n} for its n-th push), so every slot is on at most one list, as in the allocator, and a
 * drain's result says exactly which pushes it saw, newest first. Iterations and invocations are
 * bounded so that each check takes seconds.
 */
public class RemoteFreesLincheckTest {
  private static final int THREAD_INDEXES = 8;
  private static final int PUSHES_PER_THREAD = 16;

  private final RemoteFrees list =
      new RemoteFrees(new SlotSpace(1, THREAD_INDEXES * PUSHES_PER_THREAD));
  private final int[] pushed = new int[THREAD_INDEXES]; // entry t written by thread t only

  @Operation
  public void push(@Param(gen = ThreadIdGen.class) int thread) {
    list.push(thread * PUSHES_PER_THREAD + pushed[thread]++);
  }

  @Operation
  public List<Integer> drain() {
    List<Integer> taken = new ArrayList<>();
    for (int slot = list.drain(); slot != RemoteFrees.EMPTY; slot = list.next(slot)) {
      taken.add(slot);
    }
    return taken;
  }

  @Test
  void remoteFreeListIsLinearizableUnderModelChecking() {
    check(new ModelCheckingOptions().iterations(5).invocationsPerIteration(100));
  }

  @Test
  void remoteFreeListIsLinearizableUnderStress() {
    check(new StressOptions().iterations(3).invocationsPerIteration(100));
  }

  private static void check(Options<?, ?> options) {
    options.sequentialSpecification(SequentialStack.class).check(RemoteFreesLincheckTest.class);
  }

  /** The sequential specification: a stack whose drain takes everything, newest first. */
  public static final class SequentialStack {
    private final ArrayDeque<Integer> stack = new ArrayDeque<>();
    private final int[] pushed = new int[THREAD_INDEXES];

    public void push(int thread) {
      stack.push(thread * PUSHES_PER_THREAD + pushed[thread]++);
    }

    public List<Integer> drain() {
      List<Integer> taken = new ArrayList<>(stack);
      stack.clear();
      return taken;
    }
  }
}

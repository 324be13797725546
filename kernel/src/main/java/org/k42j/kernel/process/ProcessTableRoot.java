package org.k42j.kernel.process;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.k42j.annotations.Root;
import org.k42j.runtime.Processors;

/**
 * The process table's shared state: the pid stride (the number of processors when the table was
 * created) and each processor's rep, so that a lookup reaches a pid's home rep in one step.
 *
 * <p>Invariants: {@code stride} is fixed; entry {@code p} of {@code reps} is null until processor
 * {@code p}'s rep is created and then that rep forever (set once, by the rep's constructor).
 */
@Root
public final class ProcessTableRoot extends ProcessTable_RootBase {
  final int stride = Processors.count();
  private final AtomicReferenceArray<ProcessTableRep> reps = new AtomicReferenceArray<>(stride);

  /** Created by the process table's factory. */
  public ProcessTableRoot() {}

  /** Records processor {@code processor}'s rep. */
  void publish(int processor, ProcessTableRep rep) {
    if (processor >= stride) {
      throw new IllegalStateException(
          "the process table was created for "
              + stride
              + " processors and cannot serve processor "
              + processor
              + "; create it after booting the machine it serves");
    }
    reps.set(processor, rep);
  }

  /** Processor {@code processor}'s rep, or null when it has none yet. */
  ProcessTableRep repOf(int processor) {
    return processor < stride ? reps.get(processor) : null;
  }
}

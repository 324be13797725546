package org.k42j.kernel.dispatch;

import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Test;

/**
 * Lincheck checks the soft-interrupt word against its own sequential behaviour: every raise and
 * take is atomic, so exactly one raise per non-empty word reports that a delivery is due and every
 * raised bit is taken exactly once. Model checking only (it explores interleavings at every shared
 * access; a stress run takes over 30 s on a loaded 2-core host), bounded to seconds.
 */
@Param(name = "bit", gen = IntGen.class, conf = "0:2")
public class SoftInterruptWordLincheckTest {
  private final SoftInterruptWord word = new SoftInterruptWord();

  @Operation
  public boolean raise(@Param(name = "bit") int bit) {
    return word.raise(1 << bit);
  }

  @Operation
  public int take() {
    return word.take();
  }

  @Test
  void raiseAndTakeAreLinearizableUnderModelChecking() {
    new ModelCheckingOptions()
        .iterations(5)
        .invocationsPerIteration(100)
        .check(SoftInterruptWordLincheckTest.class);
  }
}

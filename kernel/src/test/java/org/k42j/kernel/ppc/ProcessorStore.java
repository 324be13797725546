package org.k42j.kernel.ppc;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;
import org.k42j.kernel.ppc.fixture.Store;

/**
 * A {@link Store} that is a clustered object with one rep per processor: exported, each PPC lands
 * on the rep of the caller's processor (the server thread runs there).
 */
@ClusteredObject
public interface ProcessorStore extends Store {
  /** Every rep's additions, summed. */
  @Gather(reduce = Reduce.SUM)
  long total();

  /** The number of reps. */
  @Gather(reduce = Reduce.SUM)
  int reps();
}

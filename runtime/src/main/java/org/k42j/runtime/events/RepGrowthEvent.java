package org.k42j.runtime.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** Under the adaptive policy, a contended processor was given a rep of its own. */
@Name("org.k42j.RepGrowth")
@Label("Clustered Object Rep Growth")
@Category("k42j")
@Description("Contention gave a processor a rep of its own (adaptive policy)")
public final class RepGrowthEvent extends Event {
  /** The contract's name. */
  @Label("Contract")
  public String contract;

  /** The object's COID. */
  @Label("COID")
  public String coid;

  /** The processor that got its own rep. */
  @Label("Processor")
  public int processor;

  /** Reps of the object after the growth. */
  @Label("Reps")
  public int reps;
}

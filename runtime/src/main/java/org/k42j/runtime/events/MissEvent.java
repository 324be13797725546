package org.k42j.runtime.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/** A call found the miss object: the root found or created the rep of the caller's processor. */
@Name("org.k42j.Miss")
@Label("Clustered Object Miss")
@Category("k42j")
@Description("A processor's call went to the root, which installed the rep that serves it")
public final class MissEvent extends Event {
  /** The contract's name. */
  @Label("Contract")
  public String contract;

  /** The object's COID. */
  @Label("COID")
  public String coid;

  /** The calling processor. */
  @Label("Processor")
  public int processor;

  /** Whether the miss created a rep (rather than finding one another processor created). */
  @Label("Created Rep")
  public boolean createdRep;
}

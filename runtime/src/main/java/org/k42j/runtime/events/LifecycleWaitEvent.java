package org.k42j.runtime.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/**
 * A destroy or hot swap has waited long (past {@code -Dk42j.lifecycle.reportAfter}, 1 s by default)
 * for calls or requests that started before it: names what holds it. Committed once per phase of a
 * wait that lasts, and again each time the wait has doubled.
 */
@Name("org.k42j.LifecycleWait")
@Label("Clustered Object Lifecycle Wait")
@Category("k42j")
@Description("A destroy or hot swap is waiting for calls or requests that started before it")
public final class LifecycleWaitEvent extends Event {
  /** "destroy", "swap" or "shrink". */
  @Label("Operation")
  public String operation;

  /** The object: its contract and COID. */
  @Label("Object")
  public String object;

  /** What is waited for: "grace period", "caller scan", "drain" or "swap lock". */
  @Label("Phase")
  public String phase;

  /** How long the operation has waited so far. */
  @Label("Waited")
  @Timespan(Timespan.NANOSECONDS)
  public long waitedNanos;

  /** The threads holding the wait and where they entered, or the calls still counted. */
  @Label("Holders")
  public String holders;
}

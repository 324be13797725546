package org.k42j.runtime.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/**
 * A clustered object was destroyed and cleaned up; the event is committed when the cleanup has run,
 * and its duration runs from the destroy to the end of the cleanup.
 */
@Name("org.k42j.Destroy")
@Label("Clustered Object Destruction")
@Category("k42j")
@Description("A clustered object was destroyed; its cleanup ran after its calls drained")
public final class DestroyEvent extends Event {
  /** The contract's name. */
  @Label("Contract")
  public String contract;

  /** The object's COID. */
  @Label("COID")
  public String coid;

  /** Reps that were cleaned up. */
  @Label("Reps")
  public int reps;

  /** Whether the cleanup ran later, because destroy was called inside a request. */
  @Label("Deferred")
  public boolean deferred;

  /**
   * The time spent waiting for requests that were running at the destroy to end, and for threads
   * calling outside requests to leave the object.
   */
  @Label("Drain Time")
  @Timespan(Timespan.NANOSECONDS)
  public long drainNanos;

  /** The stack samples taken to wait for calls made outside requests (at least one). */
  @Label("Stack Samples")
  public int stackSamples;

  /** The part of the drain time spent in the grace period (calls inside requests). */
  @Label("Grace Period Time")
  @Timespan(Timespan.NANOSECONDS)
  public long gracePeriodNanos;

  /** The part of the drain time spent in the caller scan (calls outside requests). */
  @Label("Caller Scan Time")
  @Timespan(Timespan.NANOSECONDS)
  public long scanNanos;
}

package org.k42j.runtime.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;

/**
 * A hot swap replaced the reps of a live object; its duration is the whole swap, from the first
 * forwarded call to the release of the held ones. An adaptive shrink is a swap with {@code reason}
 * "shrink".
 */
@Name("org.k42j.Swap")
@Label("Clustered Object Hot Swap")
@Category("k42j")
@Description("The reps of a live clustered object were replaced and their state transferred")
public final class SwapEvent extends Event {
  /** The contract's name. */
  @Label("Contract")
  public String contract;

  /** The object's COID. */
  @Label("COID")
  public String coid;

  /** Why: "swap" (asked for) or "shrink" (the adaptive policy gave up reps). */
  @Label("Reason")
  public String reason;

  /** The rep policy before the swap. */
  @Label("From Policy")
  public String fromPolicy;

  /** The rep policy after the swap. */
  @Label("To Policy")
  public String toPolicy;

  /** Reps whose state was exported. */
  @Label("Old Reps")
  public int oldReps;

  /** Calls that waited for the swap to finish. */
  @Label("Held Calls")
  public long heldCalls;

  /**
   * The time spent waiting for calls that started before the swap to finish (in requests, outside
   * them, and through the mediator).
   */
  @Label("Drain Time")
  @Timespan(Timespan.NANOSECONDS)
  public long drainNanos;

  /** The stack samples taken to wait for calls made outside requests. */
  @Label("Stack Samples")
  public int stackSamples;

  /** The part of the drain time spent in the grace period (calls inside requests). */
  @Label("Grace Period Time")
  @Timespan(Timespan.NANOSECONDS)
  public long gracePeriodNanos;

  /**
   * The part of the drain time spent in the caller scan (calls outside requests that read an old
   * entry before the mediator was installed).
   */
  @Label("Caller Scan Time")
  @Timespan(Timespan.NANOSECONDS)
  public long scanNanos;

  /** The part of the drain time spent waiting for the calls the mediator let through. */
  @Label("Mediated Drain Time")
  @Timespan(Timespan.NANOSECONDS)
  public long mediatedDrainNanos;

  /** The rep class before the swap. */
  @Label("From Rep Class")
  public String fromRep;

  /** The rep class after the swap: another one for a swap to a version. */
  @Label("To Rep Class")
  public String toRep;
}

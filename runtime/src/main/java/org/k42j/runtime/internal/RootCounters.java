package org.k42j.runtime.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.k42j.runtime.events.MissEvent;
import org.k42j.runtime.events.RepGrowthEvent;

/**
 * What a clustered object counts for its {@link org.k42j.runtime.RootStats} (misses, adaptive
 * growths, swaps, shrinks) and the Flight Recorder events of its miss path. Counts are atomic and
 * may be read at any time; each is incremented once per event it names, after the event happened.
 */
final class RootCounters {
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong adaptiveGrowths = new AtomicLong();
  private final AtomicLong swaps = new AtomicLong();
  private final AtomicLong adaptiveShrinks = new AtomicLong();

  /** A miss on {@code processor} served, which created a rep or not. */
  void missed(String contract, Object coid, int processor, boolean createdRep) {
    misses.incrementAndGet();
    MissEvent event = new MissEvent();
    if (event.shouldCommit()) {
      event.contract = contract;
      event.coid = String.valueOf(coid);
      event.processor = processor;
      event.createdRep = createdRep;
      event.commit();
    }
  }

  /** An adaptive object gave {@code processor} a rep of its own; it has {@code reps} now. */
  void grew(String contract, Object coid, int processor, int reps) {
    adaptiveGrowths.incrementAndGet();
    RepGrowthEvent event = new RepGrowthEvent();
    if (event.shouldCommit()) {
      event.contract = contract;
      event.coid = String.valueOf(coid);
      event.processor = processor;
      event.reps = reps;
      event.commit();
    }
  }

  /** A hot swap replaced the reps. */
  void swapped() {
    swaps.incrementAndGet();
  }

  /** A swap shrank an adaptive object. */
  void shrank() {
    adaptiveShrinks.incrementAndGet();
  }

  long misses() {
    return misses.get();
  }

  long adaptiveGrowths() {
    return adaptiveGrowths.get();
  }

  long swaps() {
    return swaps.get();
  }

  long adaptiveShrinks() {
    return adaptiveShrinks.get();
  }
}

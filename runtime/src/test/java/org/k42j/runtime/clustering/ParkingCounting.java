package org.k42j.runtime.clustering;

/** A counter whose increment may park inside the rep, as a rep method that blocks would. */
public interface ParkingCounting extends Counting {
  void incrementAfterPark();
}

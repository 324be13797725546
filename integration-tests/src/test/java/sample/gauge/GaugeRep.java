package sample.gauge;

import org.k42j.annotations.Policy;
import org.k42j.annotations.Rep;

@Rep(policy = Policy.PER_CLUSTER, clusterSize = 2)
public final class GaugeRep extends Gauge_RepBase implements Gauge {
  private double lowest = Double.POSITIVE_INFINITY;
  private double highest = Double.NEGATIVE_INFINITY;
  private int readings;

  @Override
  public void record(double reading) {
    lowest = Math.min(lowest, reading);
    highest = Math.max(highest, reading);
    readings++;
  }

  @Override
  public double lowest() {
    return lowest;
  }

  @Override
  public Double highest() {
    return highest;
  }

  @Override
  public Long readings() {
    return (long) readings;
  }

  @Override
  public int busiest() {
    return readings;
  }

  @Override
  public boolean allCalm() {
    return highest < 100;
  }

  @Override
  public Boolean anyAlarm() {
    return highest >= 100;
  }
}

package sample.gauge;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/** Readings kept per cluster of processors, folded on demand. */
@ClusteredObject
public interface Gauge {
  void record(double reading);

  @Gather(reduce = Reduce.MIN)
  double lowest();

  @Gather(reduce = Reduce.MAX)
  Double highest();

  @Gather(reduce = Reduce.SUM)
  Long readings();

  @Gather(reduce = Reduce.MAX)
  int busiest();

  @Gather(reduce = Reduce.ALL)
  boolean allCalm();

  @Gather(reduce = Reduce.ANY)
  Boolean anyAlarm();
}

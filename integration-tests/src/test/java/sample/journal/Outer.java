package sample.journal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.k42j.annotations.Broadcast;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

class Outer {
  /** A per-processor log of lines. */
  @ClusteredObject
  interface Log extends Named {
    void append(String line);

    void append(int level, String line);

    void appendf(String format, Object... args);

    String read(int index) throws IOException, TimeoutException;

    <T extends Comparable<T>> T least(List<T> values);

    default void appendAll(String... lines) {
      for (String line : lines) {
        append(line);
      }
    }

    @Gather(reduce = Reduce.SUM)
    long count(String prefix) throws IOException;

    @Broadcast
    void mark(String marker);
  }
}

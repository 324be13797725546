package org.k42j.it.serial;

import java.io.Serializable;
import java.util.List;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;

/** A package-private serializable contract with thread-safe reps and a list state. */
@ClusteredObject
interface Marks extends Serializable {
  void mark(String name);

  @Gather(combiner = Concatenation.class)
  List<String> marks();
}

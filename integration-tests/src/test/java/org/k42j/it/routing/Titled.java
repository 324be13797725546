package org.k42j.it.routing;

import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.OnRoot;

/** An object whose {@code toString} is its root's: one title shared by every processor. */
@ClusteredObject
public interface Titled {
  @OnRoot
  void retitle(String title);

  @OnRoot
  @Override
  String toString();
}

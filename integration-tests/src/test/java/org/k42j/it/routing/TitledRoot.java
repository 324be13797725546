package org.k42j.it.routing;

import org.k42j.annotations.Root;

/** The shared title. */
@Root
public final class TitledRoot extends Titled_RootBase {
  private volatile String title = "untitled";

  public TitledRoot() {}

  public void retitle(String title) {
    this.title = title;
  }

  @Override
  public String toString() {
    return "titled " + title;
  }
}

package org.k42j.it.routing;

import org.k42j.annotations.Rep;

/** A rep with nothing of its own: both methods run on the root. */
@Rep(root = TitledRoot.class)
public final class TitledRep extends Titled_RepBase implements Titled {
  public TitledRep() {}

  @Override
  public void retitle(String title) {
    root().retitle(title);
  }
}

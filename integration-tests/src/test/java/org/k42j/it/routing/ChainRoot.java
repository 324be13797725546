package org.k42j.it.routing;

import org.k42j.annotations.Root;

/** Holds the chain's name; {@link #name(String)} is fluent. */
@Root
public final class ChainRoot extends Chain_RootBase {
  private volatile String name = "";

  public ChainRoot() {}

  public Object name(String name) {
    this.name = name;
    return this;
  }

  public String name() {
    return name;
  }
}

package org.k42j.cluster;

import java.util.ArrayList;
import java.util.List;

/** Hands a leaving member's exported rep states to the member that runs it. */
final class Adopt extends MemberTask {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final ClusterSide<?> side;
  private final ArrayList<Object> states;

  Adopt(String name, ClusterSide<?> side, List<Object> states) {
    this.name = name;
    this.side = side;
    this.states = new ArrayList<>(states);
  }

  @Override
  Object runOn(ClusterMember member) {
    member.adopt(name, side, states);
    return null;
  }
}

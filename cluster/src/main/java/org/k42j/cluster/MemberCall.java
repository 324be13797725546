package org.k42j.cluster;

/** A member's part of a cluster-wide gather or broadcast: its local parts, folded. */
final class MemberCall extends MemberTask {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final ClusterSide<?> side;
  private final int method;
  private final Object[] args;

  MemberCall(String name, ClusterSide<?> side, int method, Object[] args) {
    this.name = name;
    this.side = side;
    this.method = method;
    this.args = args;
  }

  @Override
  Object runOn(ClusterMember member) throws Exception {
    return member.answer(name, side, method, args);
  }
}

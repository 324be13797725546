package org.k42j.cluster;

/** Destroys a member's local objects of a name destroyed cluster-wide. */
final class DestroyLocal extends MemberTask {
  private static final long serialVersionUID = 1L;

  private final String name;

  DestroyLocal(String name) {
    this.name = name;
  }

  @Override
  Object runOn(ClusterMember member) {
    member.destroyLocal(name);
    return null;
  }
}

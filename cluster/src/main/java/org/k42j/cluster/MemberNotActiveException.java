package org.k42j.cluster;

/**
 * The member was asked for a clustered object, or to run a cluster-wide call, after it left the
 * cluster ({@link ClusterMember#leave()}, {@link ClusterMember#terminate()}) or while it is
 * leaving.
 */
public final class MemberNotActiveException extends ClusterException {
  private static final long serialVersionUID = 1L;

  public MemberNotActiveException(String what) {
    super(
        what
            + ": this member has left the cluster (or is leaving it); call through a handle of a"
            + " member that is still in the cluster");
  }
}

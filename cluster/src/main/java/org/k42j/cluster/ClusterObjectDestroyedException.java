package org.k42j.cluster;

/**
 * The clustered object of this name was destroyed cluster-wide ({@link ClusterMember#destroy}); a
 * destroyed name stays destroyed for the life of the cluster.
 */
public final class ClusterObjectDestroyedException extends ClusterException {
  private static final long serialVersionUID = 1L;

  public ClusterObjectDestroyedException(String name, String contract) {
    super(
        "the clustered "
            + contract
            + " named \""
            + name
            + "\" was destroyed cluster-wide; a destroyed name is never bound again, so bind the"
            + " object under a new name");
  }
}

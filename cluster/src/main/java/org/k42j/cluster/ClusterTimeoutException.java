package org.k42j.cluster;

/**
 * A cluster-wide call or a graceful leave did not finish within the member's call timeout ({@link
 * ClusterMember#callTimeout}); what it did on the members that answered stays done.
 */
public final class ClusterTimeoutException extends ClusterException {
  private static final long serialVersionUID = 1L;

  public ClusterTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}

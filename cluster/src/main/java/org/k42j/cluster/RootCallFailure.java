package org.k42j.cluster;

/**
 * Carries what a root method threw from the owner of the root's entry back to its caller, where
 * {@link RemoteFailures#unwrap} takes the original out: an entry processor cannot throw a checked
 * exception, and a root method may throw those its contract method declares.
 */
final class RootCallFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RootCallFailure(Throwable thrown) {
    super("a root method threw " + thrown, thrown, false, false);
  }
}

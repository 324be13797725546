package org.k42j.cluster;

import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetNotMemberException;

/** What a failure from another member means: a member that is gone, or what user code threw. */
final class RemoteFailures {
  private RemoteFailures() {}

  /**
   * Whether {@code failure} (or a cause of it) says the member left or crashed before answering.
   */
  static boolean memberGone(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MemberLeftException
          || t instanceof TargetNotMemberException
          || t instanceof HazelcastInstanceNotActiveException) {
        return true;
      }
    }
    return false;
  }

  /** What user code threw: the original inside a {@link RootCallFailure}, else {@code failure}. */
  static Throwable unwrap(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RootCallFailure && t.getCause() != null) {
        return t.getCause();
      }
    }
    return failure;
  }
}

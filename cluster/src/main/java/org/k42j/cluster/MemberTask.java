package org.k42j.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * A task the cluster runs on a member's Hazelcast executor: it finds that member's {@link
 * ClusterMember} through the instance Hazelcast injects before running it.
 */
abstract class MemberTask implements Callable<Object>, Serializable, HazelcastInstanceAware {
  private static final long serialVersionUID = 1L;

  private transient HazelcastInstance hazelcast;

  @Override
  public final void setHazelcastInstance(HazelcastInstance hazelcast) {
    this.hazelcast = hazelcast;
  }

  @Override
  public final Object call() throws Exception {
    return runOn(ClusterMember.of(hazelcast));
  }

  abstract Object runOn(ClusterMember member) throws Exception;
}

package org.k42j.cluster;

import java.io.Serializable;

/**
 * A clustered object's entry in the {@link ClusterMember#ROOTS} map: its contract, the cluster's
 * one copy of its root (null when the contract has no {@code @OnRoot} method, and once destroyed),
 * and whether it was destroyed. Kept by Hazelcast on the key's owner with a backup on another
 * member.
 */
record RootEntry(String contract, Object root, boolean destroyed) implements Serializable {
  private static final long serialVersionUID = 1L;
}

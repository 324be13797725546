package org.k42j.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Starts and stops the tests' members: loopback only, through {@link LoopbackConfig}. */
final class TestClusters {
  private TestClusters() {}

  /** A cluster name no other test run uses. */
  static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** {@code count} members of a new cluster on 127.0.0.1 from {@code firstPort}, all joined. */
  static List<ClusterMember> start(String clusterName, int firstPort, int count) {
    List<ClusterMember> members = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        members.add(join(clusterName, firstPort));
      }
      awaitSize(members.get(0), count);
      return members;
    } catch (RuntimeException | Error e) {
      stopAll(members);
      throw e;
    }
  }

  static ClusterMember join(String clusterName, int firstPort) {
    return ClusterMember.start(LoopbackConfig.member(clusterName, firstPort));
  }

  /** Waits (at most 30 s) until {@code member} sees a cluster of {@code size} members. */
  static void awaitSize(ClusterMember member, int size) {
    await(
        () -> member.hazelcast().getCluster().getMembers().size() == size,
        "a cluster of " + size + " members");
  }

  static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after 30 s waiting for " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }

  /** Stops every member still running, at once (the tests' cleanup; nothing is handed on). */
  static void stopAll(List<ClusterMember> members) {
    for (ClusterMember member : members) {
      if (member.hazelcast() != null && member.hazelcast().getLifecycleService().isRunning()) {
        member.terminate();
      }
    }
  }
}

package org.k42j.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that builds a member's Hazelcast configuration for tests, examples and benchmarks,
 * so that none can forget the network rule: a member binds to 127.0.0.1 only and joins over TCP-IP
 * on 127.0.0.1 only; multicast, auto-detection and every cloud discovery are off; usage reporting
 * ("phone home") is off; no Management Center; Hazelcast's own logging is off unless asked for.
 * Nothing a member built from this configuration does leaves the machine.
 *
 * <p>Members with the same cluster name and port range form one cluster; a distinct cluster name
 * per test class keeps concurrent clusters on one machine apart.
 */
public final class LoopbackConfig {
  /** The loopback address every member binds to and joins over. */
  public static final String LOOPBACK = "127.0.0.1";

  /** The first port tried when none is given (Hazelcast's own default). */
  public static final int DEFAULT_PORT = 5701;

  /** How many ports from the first a member tries, and its peers probe, on 127.0.0.1. */
  public static final int PORT_COUNT = 10;

  private LoopbackConfig() {}

  /** A member of {@code clusterName} on 127.0.0.1, ports from {@link #DEFAULT_PORT}. */
  public static Config member(String clusterName) {
    return member(clusterName, DEFAULT_PORT);
  }

  /**
   * A member of {@code clusterName} on 127.0.0.1 that takes the first free port of {@code
   * firstPort} to {@code firstPort + PORT_COUNT - 1} and looks for its peers on those ports.
   */
  public static Config member(String clusterName, int firstPort) {
    Config config = new Config();
    config.setClusterName(clusterName);
    config.setInstanceName(clusterName + "-" + System.nanoTime());
    config.setUserContext(new ConcurrentHashMap<>());

    // Nothing leaves the machine.
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.local.localAddress", LOOPBACK);
    config.setProperty("hazelcast.socket.bind.any", "false");
    config.setProperty("hazelcast.discovery.enabled", "false");
    // Quiet: Hazelcast logs every join, migration and shutdown at INFO; k42j.hazelcast.logging
    // (jdk, slf4j, ...) turns its logging back on.
    String logging = System.getProperty("k42j.hazelcast.logging", "none");
    config.setProperty("hazelcast.logging.type", logging);
    if (System.getProperty("hazelcast.logging.type") == null) {
      // Hazelcast logs its first warnings (the JDK's module access) before it reads a config.
      System.setProperty("hazelcast.logging.type", logging);
    }
    // Fast, bounded joins and leaves on one machine: no initial wait for more members, a crashed
    // member noticed within seconds, a graceful shutdown that gives up after a minute.
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    // Members started at the same moment may each found a cluster; they merge within seconds.
    config.setProperty("hazelcast.merge.first.run.delay.seconds", "3");
    config.setProperty("hazelcast.merge.next.run.delay.seconds", "3");
    config.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
    config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    config.setProperty("hazelcast.graceful.shutdown.max.wait", "60");
    config.setProperty("hazelcast.shutdownhook.enabled", "false");
    config.getJetConfig().setEnabled(false);
    config.getManagementCenterConfig().setScriptingEnabled(false).setConsoleEnabled(false);

    NetworkConfig network = config.getNetworkConfig();
    network.setPort(firstPort).setPortAutoIncrement(true).setPortCount(PORT_COUNT);
    network.setPublicAddress(null);
    network.getInterfaces().setEnabled(true).clear().addInterface(LOOPBACK);
    network.getRestApiConfig().setEnabled(false);
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getAwsConfig().setEnabled(false);
    join.getGcpConfig().setEnabled(false);
    join.getAzureConfig().setEnabled(false);
    join.getKubernetesConfig().setEnabled(false);
    join.getEurekaConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2);
    for (int port = firstPort; port < firstPort + PORT_COUNT; port++) {
      join.getTcpIpConfig().addMember(LOOPBACK + ":" + port);
    }

    config.addMapConfig(ClusterMember.rootsMapConfig());
    return config;
  }
}

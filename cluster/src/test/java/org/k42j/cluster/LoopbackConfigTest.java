package org.k42j.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.JoinConfig;
import org.junit.jupiter.api.Test;

/** The network rule, as the one member configuration states it: nothing leaves the machine. */
class LoopbackConfigTest {
  @Test
  void membersBindAndJoinOnLoopbackOnlyWithoutDiscoveryOrUsageReporting() {
    Config config = LoopbackConfig.member("rule", 15001);
    assertEquals("rule", config.getClusterName());
    assertEquals("false", config.getProperty("hazelcast.phone.home.enabled"));
    assertEquals("127.0.0.1", config.getProperty("hazelcast.local.localAddress"));
    assertEquals("false", config.getProperty("hazelcast.socket.bind.any"));
    assertEquals("false", config.getProperty("hazelcast.discovery.enabled"));
    assertTrue(config.getNetworkConfig().getInterfaces().isEnabled());
    assertEquals(
        java.util.List.of("127.0.0.1"),
        java.util.List.copyOf(config.getNetworkConfig().getInterfaces().getInterfaces()));
    JoinConfig join = config.getNetworkConfig().getJoin();
    assertFalse(join.getMulticastConfig().isEnabled());
    assertFalse(join.isAutoDetectionEnabled());
    assertFalse(join.getAwsConfig().isEnabled());
    assertFalse(join.getGcpConfig().isEnabled());
    assertFalse(join.getAzureConfig().isEnabled());
    assertFalse(join.getKubernetesConfig().isEnabled());
    assertFalse(join.getEurekaConfig().isEnabled());
    assertTrue(join.getDiscoveryConfig().getDiscoveryStrategyConfigs().isEmpty());
    assertTrue(join.getTcpIpConfig().isEnabled());
    assertEquals(LoopbackConfig.PORT_COUNT, join.getTcpIpConfig().getMembers().size());
    for (String member : join.getTcpIpConfig().getMembers()) {
      assertTrue(member.startsWith("127.0.0.1:"), member);
    }
    assertFalse(config.getJetConfig().isEnabled());
    assertEquals(
        InMemoryFormat.OBJECT, config.getMapConfig(ClusterMember.ROOTS).getInMemoryFormat());
    assertEquals(1, config.getMapConfig(ClusterMember.ROOTS).getBackupCount());
  }
}

package org.k42j.it.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

/**
 * {@code toString}, {@code equals} and {@code hashCode}: redeclared with {@code @Gather} or {@code
 * OnRoot} they are routed; left alone, a handle's {@code toString} names the contract and the COID,
 * and {@code equals} and {@code hashCode} are identity's.
 */
class ObjectMethodsTest {
  /** The declared processor is per thread: leave the next test on processor 0. */
  @AfterEach
  void backToProcessorZero() {
    DeclaredIdentity.declare(0);
  }

  @Test
  void gatheredToStringAndHashCodeDescribeTheWholeObject() throws Exception {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      Tags tags = Tags_Factory.create();
      String[] added = {"red", "green", "blue", "cyan", "plum"};
      for (int i = 0; i < added.length; i++) {
        DeclaredIdentity.declare(i % 3);
        tags.add(added[i]);
      }
      assertEquals(
          new TreeSet<>(Arrays.asList(added)),
          new TreeSet<>(Arrays.asList(tags.toString().split(","))));
      assertEquals(Set.of(added).hashCode(), tags.hashCode());
      assertEquals(String.valueOf(tags), tags.toString());
      ClusteredObjects.destroy(tags);
    }
  }

  @Test
  void anUnmarkedEqualsIsIdentityEvenWhenTheHashCodesAgree() throws Exception {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      Tags one = Tags_Factory.create();
      Tags other = Tags_Factory.create();
      one.add("same");
      other.add("same");
      assertEquals(one.hashCode(), other.hashCode());
      assertEquals(one, one);
      assertNotEquals(one, other);
      ClusteredObjects.destroy(one);
      ClusteredObjects.destroy(other);
    }
  }

  @Test
  void anOnRootToStringRunsOnTheRoot() throws Exception {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      Titled titled = Titled_Factory.create();
      assertEquals("titled untitled", titled.toString());
      DeclaredIdentity.declare(5);
      titled.retitle("report");
      DeclaredIdentity.declare(0);
      assertEquals("titled report", titled.toString());
      ClusteredObjects.destroy(titled);
    }
  }

  @Test
  void anUnmarkedToStringNamesTheContractAndTheCoidAndEqualsIsIdentity() throws Exception {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      Usage usage = Usage_Factory.create();
      Usage twin = Usage_Factory.create();
      String text = usage.toString();
      assertTrue(text.contains(Usage.class.getCanonicalName()), text);
      assertTrue(text.contains(ClusteredObjects.coid(usage).toString()), text);
      assertEquals(usage, usage);
      assertNotEquals(usage, twin);
      assertEquals(System.identityHashCode(usage), usage.hashCode());
      ClusteredObjects.destroy(usage);
      ClusteredObjects.destroy(twin);
    }
  }
}

package org.k42j.examples.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.testing.ConcurrentMapTestSuiteBuilder;
import com.google.common.collect.testing.MapTestSuiteBuilder;
import com.google.common.collect.testing.TestStringMapGenerator;
import com.google.common.collect.testing.features.CollectionFeature;
import com.google.common.collect.testing.features.CollectionSize;
import com.google.common.collect.testing.features.MapFeature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import junit.framework.AssertionFailedError;
import junit.framework.Test;
import junit.framework.TestListener;
import junit.framework.TestResult;
import junit.framework.TestSuite;
import org.k42j.runtime.ClusteredObjects;

/**
 * {@link SharedMap} checked as Guava checks its own maps: Guava testlib's {@code
 * MapTestSuiteBuilder} and {@code ConcurrentMapTestSuiteBuilder} generate every map tester that
 * applies to a general-purpose map without nulls (get, put, remove, the views and their iterators,
 * {@code equals}, {@code hashCode}, {@code toString}, the {@code ConcurrentMap} operations and the
 * default methods such as {@code merge}). The suites are JUnit 3; they run here on a {@code
 * junit.framework.TestResult}, and every failure and error is reported by name.
 */
class SharedMapTestlibTest {
  private static final TestStringMapGenerator SHARED_MAPS =
      new TestStringMapGenerator() {
        @Override
        protected Map<String, String> create(Map.Entry<String, String>[] entries) {
          SharedMap<String, String> map = SharedMap_Factory.create();
          for (Map.Entry<String, String> entry : entries) {
            map.put(entry.getKey(), entry.getValue());
          }
          return map;
        }
      };

  @org.junit.jupiter.api.Test
  void passesGuavaTestlibsMapSuite() {
    assertPasses(
        MapTestSuiteBuilder.using(SHARED_MAPS)
            .named("SharedMap")
            .withFeatures(
                MapFeature.GENERAL_PURPOSE,
                CollectionFeature.SUPPORTS_ITERATOR_REMOVE,
                CollectionSize.ANY)
            .createTestSuite());
  }

  @org.junit.jupiter.api.Test
  void passesGuavaTestlibsConcurrentMapSuite() {
    assertPasses(
        ConcurrentMapTestSuiteBuilder.using(SHARED_MAPS)
            .named("SharedMap as a ConcurrentMap")
            .withFeatures(
                MapFeature.GENERAL_PURPOSE,
                CollectionFeature.SUPPORTS_ITERATOR_REMOVE,
                CollectionSize.ANY)
            .createTestSuite());
  }

  @org.junit.jupiter.api.Test
  void equalsAndHashCodeAreTheMapsWhileToStringListsTheEntries() {
    SharedMap<String, Integer> shared = SharedMap_Factory.create();
    shared.put("a", 1);
    shared.merge("a", 2, Integer::sum); // a default method, run on the handle
    shared.put("b", 5);
    Map<String, Integer> plain = new HashMap<>(Map.of("a", 3, "b", 5));
    assertEquals(plain, shared);
    assertEquals(shared, plain);
    assertEquals(plain.hashCode(), shared.hashCode());
    assertTrue(shared.toString().contains("a=3"), shared.toString());
    SharedMap<String, Integer> other = SharedMap_Factory.create();
    other.putAll(plain);
    assertEquals(shared, other, "two clustered maps with the same entries are equal");
    other.put("c", 0);
    assertNotEquals(shared, other);
    ClusteredObjects.destroy(shared);
    ClusteredObjects.destroy(other);
  }

  /** Runs {@code suite} and fails with every failing test's name and message. */
  private static void assertPasses(TestSuite suite) {
    TestResult result = new TestResult();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    result.addListener(
        new TestListener() {
          @Override
          public void addError(Test test, Throwable e) {
            failures.add(test + ": " + e);
          }

          @Override
          public void addFailure(Test test, AssertionFailedError e) {
            failures.add(test + ": " + e);
          }

          @Override
          public void endTest(Test test) {}

          @Override
          public void startTest(Test test) {}
        });
    suite.run(result);
    assertTrue(result.runCount() > 100, result.runCount() + " tests ran");
    assertEquals(List.of(), failures, failures.size() + " of " + result.runCount() + " failed");
  }
}

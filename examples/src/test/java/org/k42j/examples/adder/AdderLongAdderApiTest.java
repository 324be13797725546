package org.k42j.examples.adder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * The clustered {@link Adder} held to {@link LongAdder}'s contract, case for case as the JSR-166
 * TCK's {@code LongAdderTest} checks it (its thirteen cases, written here for JUnit 5): every
 * answer must be what a {@code LongAdder} given the same calls answers.
 */
class AdderLongAdderApiTest {
  private static Adder adder() {
    return Adder_Factory.create();
  }

  @Test
  void testConstructor() {
    assertEquals(0, adder().sum());
  }

  @Test
  void testAddAndSum() {
    Adder a = adder();
    a.add(2);
    assertEquals(2, a.sum());
    a.add(-4);
    assertEquals(-2, a.sum());
  }

  @Test
  void testDecrementAndSum() {
    Adder a = adder();
    a.decrement();
    assertEquals(-1, a.sum());
    a.decrement();
    assertEquals(-2, a.sum());
  }

  @Test
  void testIncrementAndSum() {
    Adder a = adder();
    a.increment();
    assertEquals(1, a.sum());
    a.increment();
    assertEquals(2, a.sum());
  }

  @Test
  void testReset() {
    Adder a = adder();
    a.add(2);
    assertEquals(2, a.sum());
    a.reset();
    assertEquals(0, a.sum());
  }

  @Test
  void testSumThenReset() {
    Adder a = adder();
    a.add(2);
    assertEquals(2, a.sum());
    assertEquals(2, a.sumThenReset());
    assertEquals(0, a.sum());
  }

  /** A copy read back from the serial form holds the same sum and shares nothing. */
  @Test
  void testSerialization() throws Exception {
    Adder x = adder();
    Adder y = serialClone(x);
    assertNotSame(x, y);
    x.add(-22);
    Adder z = serialClone(x);
    assertNotSame(y, z);
    assertEquals(-22, x.sum());
    assertEquals(0, y.sum());
    assertEquals(-22, z.sum());
  }

  @SuppressWarnings("unchecked")
  private static <T> T serialClone(T object) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void testToString() {
    Adder a = adder();
    assertEquals("0", a.toString());
    a.increment();
    assertEquals(Long.toString(1), a.toString());
    a.add(-43);
    LongAdder reference = new LongAdder();
    reference.add(-42);
    assertEquals(reference.toString(), a.toString());
  }

  @Test
  void testIntValue() {
    Adder a = adder();
    assertEquals(0, a.intValue());
    a.increment();
    assertEquals(1, a.intValue());
  }

  @Test
  void testLongValue() {
    Adder a = adder();
    assertEquals(0, a.longValue());
    a.increment();
    assertEquals(1, a.longValue());
  }

  @Test
  void testFloatValue() {
    Adder a = adder();
    assertEquals(0.0f, a.floatValue());
    a.increment();
    assertEquals(1.0f, a.floatValue());
  }

  @Test
  void testDoubleValue() {
    Adder a = adder();
    assertEquals(0.0, a.doubleValue());
    a.increment();
    assertEquals(1.0, a.doubleValue());
  }

  /** Adds from many threads at once are all counted, on every processor's rep. */
  @Test
  void testAddAndSumMT() throws Exception {
    int threads = 8;
    int increments = 100_000;
    Adder a = adder();
    CyclicBarrier start = new CyclicBarrier(threads + 1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < increments; i++) {
                    a.increment();
                  }
                  return null;
                }));
      }
      start.await();
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals((long) threads * increments, a.sum());
    assertEquals((long) threads * increments, a.sumThenReset());
    assertEquals(0, a.sum());
  }
}

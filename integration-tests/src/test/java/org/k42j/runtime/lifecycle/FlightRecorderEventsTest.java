package org.k42j.runtime.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Policy;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.CounterRep;
import org.k42j.runtime.fixture.CounterRepV2;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.fixture.threadsafe.AdaptiveTally;
import org.k42j.runtime.fixture.threadsafe.AdaptiveTally_Factory;
import org.k42j.runtime.internal.DispatcherBase;
import org.k42j.runtime.internal.RootCore;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

/**
 * Misses, rep growth, hot swaps, adaptive shrinks and destruction are JDK Flight Recorder events
 * (category "k42j"): a recording made around an object's life holds each of them with its fields.
 */
class FlightRecorderEventsTest {
  @Test
  void aRecordingHoldsTheMissesGrowthSwapShrinkAndDestructionOfAnObject() throws Exception {
    Path file = Files.createTempFile("k42j-lifecycle", ".jfr");
    String coid;
    try (Recording recording = new Recording();
        var machine = Processors.install(new DeclaredIdentity(4), UniformTopology.single())) {
      for (String event :
          List.of("org.k42j.Miss", "org.k42j.RepGrowth", "org.k42j.Swap", "org.k42j.Destroy")) {
        recording.enable(event);
      }
      recording.start();
      AdaptiveTally tally = AdaptiveTally_Factory.create();
      coid = ClusteredObjects.coid(tally).toString();
      for (int p = 0; p < 4; p++) {
        DeclaredIdentity.declare(p);
        tally.increment(); // processor 0 creates the shared rep, 1 to 3 find it: four misses
      }
      // processor 2 gets a rep of its own
      assertTrue(RootCore.of(DispatcherBase.rootOf(tally)).contended(2));
      DeclaredIdentity.declare(0);
      ClusteredObjects.shrink(tally);
      ClusteredObjects.hotSwap(tally, Policy.PER_PROCESSOR);
      ClusteredObjects.destroy(tally);
      recording.stop();
      recording.dump(file);
    }
    List<RecordedEvent> events =
        RecordingFile.readAllEvents(file).stream()
            .filter(e -> e.getEventType().getName().startsWith("org.k42j."))
            .filter(e -> coid.equals(e.getString("coid")))
            .sorted(Comparator.comparing(RecordedEvent::getStartTime))
            .collect(Collectors.toList());
    Files.delete(file);

    List<RecordedEvent> misses = named(events, "org.k42j.Miss");
    assertEquals(4, misses.size());
    assertTrue(misses.get(0).getBoolean("createdRep"));
    assertFalse(misses.get(1).getBoolean("createdRep"));
    assertEquals(
        "org.k42j.runtime.fixture.threadsafe.AdaptiveTally", misses.get(0).getString("contract"));

    List<RecordedEvent> growths = named(events, "org.k42j.RepGrowth");
    assertEquals(1, growths.size());
    assertEquals(2, growths.get(0).getInt("processor"));
    assertEquals(2, growths.get(0).getInt("reps"));

    List<RecordedEvent> swaps = named(events, "org.k42j.Swap");
    assertEquals(2, swaps.size());
    assertEquals("shrink", swaps.get(0).getString("reason"));
    assertEquals(2, swaps.get(0).getInt("oldReps"));
    assertEquals("swap", swaps.get(1).getString("reason"));
    assertEquals("ADAPTIVE", swaps.get(1).getString("fromPolicy"));
    assertEquals("PER_PROCESSOR", swaps.get(1).getString("toPolicy"));
    assertTrue(swaps.get(1).getInt("stackSamples") >= 1, "the swap scanned the threads");
    assertPhasesWithinDrain(swaps.get(1), "gracePeriodNanos", "scanNanos", "mediatedDrainNanos");

    List<RecordedEvent> destructions = named(events, "org.k42j.Destroy");
    assertEquals(1, destructions.size());
    assertEquals(1, destructions.get(0).getInt("reps"));
    assertFalse(destructions.get(0).getBoolean("deferred"));
    assertTrue(destructions.get(0).getInt("stackSamples") >= 1, "the destroy scanned the threads");
    assertPhasesWithinDrain(destructions.get(0), "gracePeriodNanos", "scanNanos");
  }

  /** Each phase's time is positive (the scan's) or not negative, and together within the drain. */
  private static void assertPhasesWithinDrain(RecordedEvent event, String... phases) {
    long sum = 0;
    for (String phase : phases) {
      long nanos = event.getLong(phase);
      assertTrue(nanos >= 0, phase + " is " + nanos);
      sum += nanos;
    }
    assertTrue(event.getLong("scanNanos") > 0, "the scan took no time");
    assertTrue(sum <= event.getLong("drainNanos"), "phases " + sum + " ns, drain longer");
  }

  @Test
  void aSwapToAnotherRepClassIsRecordedWithBothClasses() throws Exception {
    Path file = Files.createTempFile("k42j-version", ".jfr");
    String coid;
    try (Recording recording = new Recording()) {
      recording.enable("org.k42j.Swap");
      recording.start();
      Counter counter = Counter_Factory.create();
      coid = ClusteredObjects.coid(counter).toString();
      counter.add(3);
      ClusteredObjects.hotSwap(counter, CounterRepV2.class, Policy.SINGLE);
      recording.stop();
      recording.dump(file);
    }
    List<RecordedEvent> swaps =
        RecordingFile.readAllEvents(file).stream()
            .filter(e -> e.getEventType().getName().equals("org.k42j.Swap"))
            .filter(e -> coid.equals(e.getString("coid")))
            .collect(Collectors.toList());
    Files.delete(file);
    assertEquals(1, swaps.size());
    assertEquals(CounterRep.class.getName(), swaps.get(0).getString("fromRep"));
    assertEquals(CounterRepV2.class.getName(), swaps.get(0).getString("toRep"));
    assertEquals("SINGLE", swaps.get(0).getString("toPolicy"));
  }

  private static List<RecordedEvent> named(List<RecordedEvent> events, String name) {
    return events.stream()
        .filter(e -> e.getEventType().getName().equals(name))
        .collect(Collectors.toList());
  }
}

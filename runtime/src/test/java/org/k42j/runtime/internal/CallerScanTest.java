package org.k42j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.ClusteredObjectDestroyedException;
import org.k42j.runtime.clustering.internal.RuntimeGuard;

/**
 * Which classes the caller scan treats as the runtime's shared bases (never a sign that a thread is
 * inside one object): the runtime's own classes and the JDK's, by where they were loaded from, not
 * by package name alone, so a contract or rep that lives in a package named like the runtime's (as
 * the runtime's own tests' do) is still watched.
 */
class CallerScanTest {
  @Test
  void theRuntimesAndTheJdksClassesAreShared() {
    assertTrue(CallerScan.shared(Object.class));
    assertTrue(CallerScan.shared(String.class));
    assertTrue(CallerScan.shared(RepGuard.class));
    assertTrue(CallerScan.shared(ClusterRoot.class));
    assertTrue(CallerScan.shared(RuntimeGuard.class));
  }

  @Test
  void classesInTheRuntimesPackagesFromElsewhereAreWatched() {
    assertFalse(CallerScan.shared(CallerScanTest.class), "a test class in the runtime's package");
    assertFalse(
        CallerScan.shared(org.k42j.runtime.clustering.SwappableCounter.class),
        "a rep class in org.k42j.runtime.clustering");
    assertFalse(CallerScan.shared(org.junit.jupiter.api.Test.class));
  }

  // --- which stacks a swap's and a destroy's scans wait for -------------------------------------

  /** Stand-ins for an object's generated classes (watched: loaded from the tests' code source). */
  static final class Handle {}

  static final class Miss {}

  /** A guard, as generated guards are: a {@link RepGuard} (its frame tells a retired guard). */
  static final class Guard extends RepGuard {
    Guard() {
      super(null);
    }
  }

  static final class Rep {}

  /** A user's layer, of no class of the object. */
  static final class UserLayer {}

  private static final String MEDIATOR = Mediator.class.getName();
  private static final String REFUSAL = Refusal.class.getName();
  private static final String EXCEPTION = ClusteredObjectDestroyedException.class.getName();
  private static final String ROOT = RootCore.class.getName();
  private static final String REFLECTION = "jdk.internal.reflect.DirectMethodHandleAccessor";

  private static RepSlots oneRep() {
    RepSlots slots = new RepSlots(1);
    slots.reps.set(0, new Rep());
    slots.entries.set(0, new Guard());
    return slots;
  }

  private static CallerScan scanOf(Object handle) {
    return CallerScan.of(Arrays.asList(handle, new Miss(), new Guard(), new Rep()));
  }

  /** The stack, given outermost first as one reads a call, as the scan gets it: innermost first. */
  private static List<String> stack(Object... outermostFirst) {
    List<String> frames = new ArrayList<>();
    for (Object frame : outermostFirst) {
      frames.add(frame instanceof Class ? ((Class<?>) frame).getName() : (String) frame);
    }
    frames.add(0, "org.example.Caller");
    Collections.reverse(frames);
    return frames;
  }

  @Test
  void aSwapsScanSkipsCallsItsMediatorCountedButNotCallsStartedAgainFromADoneOne() {
    Handle handle = new Handle();
    CallerScan swap = scanOf(handle).countingMediatedCalls(handle, oneRep());
    assertFalse(swap.inside(stack("org.example.Caller")), "no frame of the object");
    assertTrue(swap.inside(stack(Handle.class, Guard.class, Rep.class)), "an uncounted call");
    assertTrue(swap.inside(stack(Handle.class)), "between reading an entry and reaching it");
    assertFalse(
        swap.inside(stack(Handle.class, MEDIATOR, REFLECTION, Guard.class, Rep.class)),
        "a call the mediator counted");
    assertFalse(
        swap.inside(stack(Handle.class, MEDIATOR, Guard.class, Rep.class, Handle.class, MEDIATOR)),
        "a counted call, calling again through the mediator from inside its rep");
    assertTrue(
        swap.inside(stack(Handle.class, MEDIATOR, REFLECTION, Handle.class, Guard.class)),
        "a call a done swap's mediator started again, which read an entry the mediator of this"
            + " swap did not count");
    assertTrue(
        swap.inside(stack(Handle.class, MEDIATOR, Guard.class, Rep.class, Handle.class, Rep.class)),
        "a call nested in a counted one that reached a rep without passing a mediator");
    assertFalse(
        swap.inside(stack(Handle.class, Guard.class, Handle.class, MEDIATOR)),
        "a retired guard's call, again through the handle and held by the mediator");
    assertTrue(
        swap.inside(stack(Handle.class, Guard.class, Handle.class, Guard.class, Rep.class)),
        "a retired guard's call, again through the handle to an old rep");
    assertFalse(
        swap.inside(
            stack(
                Handle.class,
                Guard.class,
                "org.k42j.runtime.clustering.internal.RuntimeGuard",
                "java.lang.reflect.Method",
                REFLECTION,
                Handle.class,
                MEDIATOR)),
        "a run-time guard's retired call, again through the handle by reflection, held");
    assertTrue(
        swap.inside(
            stack(
                Handle.class,
                Guard.class,
                "org.k42j.runtime.clustering.internal.RuntimeGuard",
                REFLECTION,
                Handle.class,
                Guard.class,
                Rep.class)),
        "a run-time guard's retired call, again through the handle to an old rep");
    assertTrue(
        swap.inside(stack(Handle.class, Guard.class, Rep.class, Handle.class, MEDIATOR)),
        "a rep calling its own object from inside its live guard");
  }

  @Test
  void aDestroysScanSkipsCallsBeingRefusedButNotCallsInsideARep() {
    Handle handle = new Handle();
    CallerScan destroy = scanOf(handle).skippingRefusedCalls(handle, oneRep());
    assertFalse(
        destroy.inside(stack(Handle.class, Miss.class, ROOT, REFUSAL, "java.lang.Throwable")),
        "a call that the destroyed object refuses");
    assertFalse(
        destroy.inside(stack(Handle.class, ROOT, REFUSAL)), "a gather that the object refuses");
    assertTrue(destroy.inside(stack(Handle.class, Miss.class, ROOT)), "a miss not yet refused");
    assertTrue(destroy.inside(stack(Handle.class, Guard.class, Rep.class)), "a call inside a rep");
    assertFalse(
        destroy.inside(stack(Handle.class, Guard.class, Handle.class, Miss.class, ROOT, REFUSAL)),
        "a retired guard's call, again through the handle and refused");
    assertTrue(
        destroy.inside(stack(Handle.class, Guard.class, EXCEPTION)),
        "a call that a retired guard refuses: it had read an entry of a rep");
    assertTrue(
        destroy.inside(stack(Handle.class, Miss.class, ROOT, EXCEPTION)),
        "a refusal under the root's lock, not the paced one: not told apart from a miss");
    assertTrue(
        destroy.inside(stack(Handle.class, UserLayer.class, Handle.class, Miss.class, REFUSAL)),
        "a layer's own call refused: the layer may catch that and call on the entry it read");
    assertTrue(
        destroy.inside(stack(Handle.class, MEDIATOR, Guard.class, Rep.class)),
        "a swap's mediator does not count calls for a destroy");
  }
}

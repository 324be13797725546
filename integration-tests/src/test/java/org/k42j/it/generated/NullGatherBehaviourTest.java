package org.k42j.it.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.k42j.processor.testing.LoadedClasses;
import org.k42j.runtime.ClusteredObjectException;

/**
 * Gathers that would unbox a {@code null} (a rep's boxed result under a built-in reduction, a
 * combiner of a primitive result returning {@code null}) throw a {@link ClusteredObjectException}
 * that names who returned it, instead of a bare {@code NullPointerException} from the dispatcher.
 */
class NullGatherBehaviourTest {
  private static final String TALLY = "sample.nulls.Tally";

  private static final LoadedClasses loaded =
      LoadedClasses.on(NullGatherBehaviourTest.class.getClassLoader());

  private static Object create() {
    return loaded.callStaticUnchecked("sample.nulls.Tally_Factory", "create");
  }

  @Test
  void repReturningNullToABoxedReductionIsNamedInTheException() {
    Object tally = create();
    loaded.callUnchecked(TALLY, tally, "set", 4);
    assertEquals(4, loaded.callUnchecked(TALLY, tally, "highest"));

    loaded.callUnchecked(TALLY, tally, "set", (Object) null);

    ClusteredObjectException thrown =
        assertThrows(ClusteredObjectException.class, () -> loaded.call(TALLY, tally, "highest"));
    assertEquals(
        "TallyRep.highest() returned null, which Reduce.MAX cannot fold into Tally.highest(); make"
            + " it never return null, or declare Tally.highest() to return int",
        thrown.getMessage());
  }

  @Test
  void combinerWhoseIdentityIsNullForAPrimitiveResultIsNamedInTheException() {
    Object tally = create();

    ClusteredObjectException thrown =
        assertThrows(ClusteredObjectException.class, () -> loaded.call(TALLY, tally, "total"));
    assertEquals(
        "NoIdentity.identity() returned null, but Tally.total() returns int; make"
            + " NoIdentity.identity() return a non-null Integer",
        thrown.getMessage());
  }

  @Test
  void combinerReturningNullForAPrimitiveResultIsNamedInTheException() {
    Object tally = create();
    loaded.callUnchecked(TALLY, tally, "set", 10);
    assertEquals(10L, loaded.callUnchecked(TALLY, tally, "merged"));

    loaded.callUnchecked(TALLY, tally, "set", 11);

    ClusteredObjectException thrown =
        assertThrows(ClusteredObjectException.class, () -> loaded.call(TALLY, tally, "merged"));
    assertEquals(
        "LosesTrack.combine(Long, Long) returned null, but Tally.merged() returns long; make"
            + " LosesTrack.combine(Long, Long) return a non-null Long",
        thrown.getMessage());
  }
}

package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.k42j.annotations.Combiner;
import org.k42j.annotations.Reduce;
import org.k42j.runtime.ClusteredObjectException;

/** Nulls a fold would unbox, and makers returning nothing, fail with named exceptions. */
class NullResultsTest {
  /** Returns null for everything. */
  public static final class NullBoxed implements Boxed {
    @Override
    public Long readings() {
      return null;
    }

    @Override
    public int size() {
      return 1;
    }
  }

  /** An integer combiner whose identity is null. */
  public static final class NullIdentity implements Combiner<Integer> {
    @Override
    public Integer identity() {
      return null;
    }

    @Override
    public Integer combine(Integer accumulated, Integer next) {
      return accumulated + next;
    }
  }

  /** An integer combiner whose combine returns null. */
  public static final class NullCombine implements Combiner<Integer> {
    @Override
    public Integer identity() {
      return 0;
    }

    @Override
    public Integer combine(Integer accumulated, Integer next) {
      return null;
    }
  }

  @Test
  void aNullTheReductionWouldUnboxNamesTheRep() {
    Boxed boxed =
        Clustering.of(Boxed.class)
            .repClass(NullBoxed.class)
            .gather("readings", Reduce.SUM)
            .build()
            .create();
    boxed.size(); // makes a rep
    ClusteredObjectException e = assertThrows(ClusteredObjectException.class, boxed::readings);
    assertEquals(
        "NullResultsTest.NullBoxed.readings() returned null, which Reduce.SUM cannot fold into"
            + " Boxed.readings(); make it never return null, or declare Boxed.readings() to"
            + " return long",
        e.getMessage());
  }

  @Test
  void aNullFromACombinerOfAPrimitiveResultNamesTheCombinerMethod() {
    Boxed identity =
        Clustering.of(Boxed.class)
            .repClass(NullBoxed.class)
            .gather("size", NullIdentity.class)
            .build()
            .create();
    assertEquals(
        "NullResultsTest.NullIdentity.identity() returned null, but Boxed.size() returns int;"
            + " make NullResultsTest.NullIdentity.identity() return a non-null Integer",
        assertThrows(ClusteredObjectException.class, identity::size).getMessage());
    Boxed combine =
        Clustering.of(Boxed.class)
            .repClass(NullBoxed.class)
            .gather("size", NullCombine.class)
            .build()
            .create();
    combine.readings(); // makes a rep
    assertEquals(
        "NullResultsTest.NullCombine.combine(Integer, Integer) returned null, but Boxed.size()"
            + " returns int; make NullResultsTest.NullCombine.combine(Integer, Integer) return a"
            + " non-null Integer",
        assertThrows(ClusteredObjectException.class, combine::size).getMessage());
  }

  @Test
  void aRepMakerReturningNullFailsTheCallThatNeedsTheRep() {
    Counting counting = Clustering.of(Counting.class).reps(() -> null).build().create();
    ClusteredObjectException e = assertThrows(ClusteredObjectException.class, counting::increment);
    assertEquals(
        "the rep maker of Counting returned null; return a new object implementing Counting from"
            + " every call",
        e.getMessage());
  }

  @Test
  void aRootMakerReturningNullFailsCreate() {
    ClusteredType<Tally> type =
        Clustering.of(Tally.class)
            .root(SharedCount.class, reps -> null)
            .repClass(LockedTally.class)
            .build();
    assertThrows(ClusteredObjectException.class, type::create);
  }
}

package org.k42j.processor.generated;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k42j.runtime.ClusteredObjectException;

/**
 * Gathers that would unbox a {@code null} (a rep's boxed result under a built-in reduction, a
 * combiner of a primitive result returning {@code null}) throw a {@link ClusteredObjectException}
 * that names who returned it, instead of a bare {@code NullPointerException} from the dispatcher.
 */
class NullGatherBehaviourTest {
  private static final String TALLY = "sample.nulls.Tally";

  private static final GoldenCase NULLS =
      GoldenCase.of(
          "nulls",
          TALLY,
          """
          package sample.nulls;

          import org.k42j.annotations.ClusteredObject;
          import org.k42j.annotations.Gather;
          import org.k42j.annotations.Reduce;

          @ClusteredObject
          public interface Tally {
            void set(Integer value);

            @Gather(reduce = Reduce.MAX)
            Integer highest();

            @Gather(combiner = NoIdentity.class)
            int total();

            @Gather(combiner = LosesTrack.class)
            long merged();
          }
          """,
          "sample.nulls.NoIdentity",
          """
          package sample.nulls;

          import org.k42j.annotations.Combiner;

          public final class NoIdentity implements Combiner<Integer> {
            @Override
            public Integer identity() {
              return null;
            }

            @Override
            public Integer combine(Integer a, Integer b) {
              return a + b;
            }
          }
          """,
          "sample.nulls.LosesTrack",
          """
          package sample.nulls;

          import org.k42j.annotations.Combiner;

          /** Sums, but loses track once the sum passes 10. */
          public final class LosesTrack implements Combiner<Long> {
            @Override
            public Long identity() {
              return 0L;
            }

            @Override
            public Long combine(Long a, Long b) {
              return a + b > 10 ? null : a + b;
            }
          }
          """,
          "sample.nulls.TallyRep",
          """
          package sample.nulls;

          import org.k42j.annotations.Rep;

          @Rep
          public final class TallyRep implements Tally {
            private Integer value = 0;

            @Override
            public void set(Integer value) {
              this.value = value;
            }

            @Override
            public Integer highest() {
              return value;
            }

            @Override
            public int total() {
              return 1;
            }

            @Override
            public long merged() {
              return value == null ? 0 : value;
            }
          }
          """);

  @TempDir static Path classes;

  private static LoadedClasses loaded;

  @BeforeAll
  static void compileAndLoad() {
    Compilation compilation = NULLS.compile();
    assertThat(compilation).succeededWithoutWarnings();
    loaded = LoadedClasses.load(compilation, classes);
  }

  @AfterAll
  static void close() throws Exception {
    loaded.close();
  }

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

package org.k42j.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Combiner;
import org.k42j.annotations.Reduce;
import org.k42j.cluster.ClusterException;

/** The folds of members' boxed results: each reduction in each type, from its identity. */
class ClusterRoutesTest {
  @Test
  void builtInReductionsFoldInTheGathersTypeFromTheIdentity() {
    assertEquals(6L, ClusterRoutes.reduce(Reduce.SUM, long.class, List.of(1L, 2L, 3L)));
    assertEquals(6, ClusterRoutes.reduce(Reduce.SUM, int.class, List.of(1, 2, 3)));
    assertEquals(-2, ClusterRoutes.reduce(Reduce.MIN, int.class, List.of(4, -2, 3)));
    assertEquals(Integer.MAX_VALUE, ClusterRoutes.reduce(Reduce.MIN, int.class, List.of()));
    assertEquals(Long.MIN_VALUE, ClusterRoutes.reduce(Reduce.MAX, long.class, List.of()));
    assertEquals(7.5, ClusterRoutes.reduce(Reduce.MAX, double.class, List.of(1.0, 7.5, -3.0)));
    assertEquals(1.5f, ClusterRoutes.reduce(Reduce.SUM, float.class, List.of(1.0f, 0.5f)));
    assertEquals(
        Double.NEGATIVE_INFINITY, ClusterRoutes.reduce(Reduce.MAX, double.class, List.of()));
    assertEquals(true, ClusterRoutes.reduce(Reduce.ALL, boolean.class, List.of()));
    assertEquals(false, ClusterRoutes.reduce(Reduce.ALL, boolean.class, List.of(true, false)));
    assertEquals(false, ClusterRoutes.reduce(Reduce.ANY, boolean.class, List.of()));
    assertEquals(true, ClusterRoutes.reduce(Reduce.ANY, boolean.class, List.of(false, true)));
  }

  @Test
  void aCombinerFoldsFromItsIdentityAndANullForAPrimitiveResultIsRefused() {
    Combiner<Long> sum =
        new Combiner<>() {
          @Override
          public Long identity() {
            return 0L;
          }

          @Override
          public Long combine(Long accumulated, Long next) {
            return next < 0 ? null : accumulated + next;
          }
        };
    assertEquals(5L, ClusterRoutes.combine(sum, List.of(2L, 3L), true, "C.m()"));
    assertEquals(0L, ClusterRoutes.combine(sum, List.of(), true, "C.m()"));
    ClusterException refused =
        assertThrows(
            ClusterException.class,
            () -> ClusterRoutes.combine(sum, List.of(2L, -1L), true, "Hits.total()"));
    assertEquals(true, refused.getMessage().contains("folded the parts of Hits.total() to null"));
  }
}

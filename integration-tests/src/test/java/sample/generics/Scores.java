package sample.generics;

import java.util.function.Function;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.Gather;
import org.k42j.annotations.Reduce;

/**
 * Generic members inherited, not redeclared: a gather and a per-rep method of a generic
 * superinterface with a bounded type variable ({@code Tally<Long>}), a method of {@code
 * Function<String, Integer>}, and a covariant redeclaration ({@code Long peak()} over {@code Number
 * peak()}); the rep implements them with bridge methods, and calls through the erased inherited
 * methods reach the right ones on both paths of the equivalence test.
 */
@ClusteredObject
public interface Scores extends Tally<Long>, Function<String, Integer> {
  @Override
  @Gather(reduce = Reduce.MAX)
  Long peak();
}

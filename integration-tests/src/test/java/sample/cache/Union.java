package sample.cache;

import java.util.Set;
import java.util.TreeSet;
import org.k42j.annotations.Combiner;

/** Unites sets; generic, so the dispatcher holds it raw. */
public final class Union<E> implements Combiner<Set<E>> {
  @Override
  public Set<E> identity() {
    return Set.of();
  }

  @Override
  public Set<E> combine(Set<E> accumulated, Set<E> next) {
    Set<E> union = new TreeSet<>(accumulated);
    union.addAll(next);
    return union;
  }
}

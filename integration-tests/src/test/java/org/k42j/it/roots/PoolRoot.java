package org.k42j.it.roots;

import java.util.List;
import java.util.function.Function;
import org.k42j.annotations.Root;

/** A pool's fallback item and seed items, given as items or parsed from a label. */
@Root
public final class PoolRoot<E> extends Pool_RootBase<E> {
  private final E fallback;
  private final List<E> seeds;

  @SafeVarargs
  public PoolRoot(E fallback, E... seeds) {
    this.fallback = fallback;
    this.seeds = List.of(seeds);
  }

  public <S extends CharSequence> PoolRoot(S label, Function<? super S, ? extends E> parse) {
    this.fallback = parse.apply(label);
    this.seeds = List.of();
  }

  public E fallback() {
    return fallback;
  }

  public List<E> seeds() {
    return seeds;
  }
}

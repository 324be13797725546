package sample.pool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.k42j.annotations.Root;

@Root
public final class PoolRoot<E> extends Pool_RootBase<E> {
  private final E fallback;
  private final List<E> seeds;

  @SafeVarargs
  public PoolRoot(E fallback, E... seeds) {
    List<E> copy = new ArrayList<>();
    for (E seed : seeds) {
      copy.add(seed);
    }
    this.fallback = fallback;
    this.seeds = List.copyOf(copy);
  }

  public <S extends CharSequence> PoolRoot(S label, Function<? super S, ? extends E> parse) {
    this(parse.apply(label));
  }

  PoolRoot(Path file, Function<String, ? extends E> parse) throws IOException {
    this(parse.apply(Files.readString(file)));
  }

  private PoolRoot() {
    this(null);
  }

  public E fallback() {
    return fallback;
  }

  public List<E> seeds() {
    return seeds;
  }
}

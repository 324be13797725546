package org.k42j.runtime.clustering;

import java.io.IOException;
import org.k42j.annotations.Combiner;

/** Parts that declarations in {@link InvalidDeclarationTest} get wrong, one fault each. */
public final class BadParts {
  private BadParts() {}

  /** Has Tally's methods but is final, so it cannot be subclassed to implement Tally. */
  public static final class FinalCounter {
    public void increment() {}

    public long count() {
      return 0;
    }
  }

  /** Lacks {@code count()}. */
  public static class HalfCounter {
    public void increment() {}
  }

  /** Has {@code count()} returning the wrong type. */
  public static class StringCounter {
    public void increment() {}

    public String count() {
      return "";
    }
  }

  /**
   * Has Counting's methods without implementing it, and only a constructor taking a name, so the
   * subclass generated at run time has no constructor to call.
   */
  public static class NamedCounter {
    public NamedCounter(String name) {}

    public void increment() {}

    public long count() {
      return 0;
    }
  }

  /** Implements Counting but has no constructor the root can call. */
  public static class NoDefaultConstructor implements Counting {
    public NoDefaultConstructor(String name) {}

    @Override
    public void increment() {}

    @Override
    public long count() {
      return 0;
    }
  }

  /** Abstract. */
  public abstract static class AbstractCounter implements Counting {}

  /** Not public, and does not implement Counting. */
  static class HiddenCounter {
    public void increment() {}

    public long count() {
      return 0;
    }
  }

  /** Folds integers, not strings. */
  public static final class SumInts implements Combiner<Integer> {
    @Override
    public Integer identity() {
      return 0;
    }

    @Override
    public Integer combine(Integer accumulated, Integer next) {
      return accumulated + next;
    }
  }

  /** Abstract combiner. */
  public abstract static class AbstractConcat implements Combiner<String> {}

  /** No constructor without arguments. */
  public static final class PrefixConcat implements Combiner<String> {
    private final String prefix;

    public PrefixConcat(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public String identity() {
      return prefix;
    }

    @Override
    public String combine(String accumulated, String next) {
      return accumulated + next;
    }
  }

  /** A constructor that fails. */
  public static final class FailingConcat implements Combiner<String> {
    public FailingConcat() {
      throw new IllegalStateException("no configuration");
    }

    @Override
    public String identity() {
      return "";
    }

    @Override
    public String combine(String accumulated, String next) {
      return accumulated + next;
    }
  }

  /** A root lacking {@code shared()}. */
  public static final class EmptyRoot {
    public EmptyRoot(RepSet<Tally> reps) {}
  }

  /** A root whose {@code shared()} returns the wrong type. */
  public static final class LongRoot {
    public LongRoot(RepSet<Tally> reps) {}

    public long shared() {
      return 1;
    }
  }

  /** A root whose {@code shared()} throws a checked exception Tally.shared() does not declare. */
  public static final class ThrowingRoot {
    public ThrowingRoot(RepSet<Tally> reps) {}

    public int shared() throws IOException {
      throw new IOException("disk");
    }
  }

  /** A contract with overloads. */
  public interface Overloaded {
    void add(int delta);

    void add(long delta);

    long total();
  }

  /** A contract with a method the guard of an exclusive rep reserves. */
  public interface Lockable {
    void lock();
  }

  /** A sealed contract. */
  public sealed interface Sealed permits SealedRep {
    void run();
  }

  /** The one rep the sealed contract permits. */
  public static final class SealedRep implements Sealed {
    @Override
    public void run() {}
  }

  /** A contract whose handle could be written to an ObjectOutputStream, were it allowed. */
  public interface Snapshot extends java.io.Serializable {
    long value();
  }

  /** Serializable through another interface. */
  public interface SnapshotCounter extends Snapshot {
    void increment();
  }

  /** Not public. */
  interface Hidden {
    void run();
  }

  /** A contract with a static method. */
  public interface WithStatic {
    static WithStatic none() {
      return null;
    }

    void run();
  }
}

package org.k42j.runtime.clustering;

/** Contract and class shapes the run-time writer must handle beyond the plain case. */
public final class Shapes {
  private Shapes() {}

  /** A package-private superinterface: generated classes reach its method through the contract. */
  interface Based {
    long base();
  }

  /** A public contract inheriting from a package-private one, with a default method. */
  public interface Source extends Based {
    Object next();

    default String twice() {
      return String.valueOf(next()) + next();
    }
  }

  /**
   * Implements nothing: {@code next()} returns a narrower type than the contract's (the generated
   * subclass bridges it), {@code twice()} comes from the contract's default.
   */
  public static class Letters {
    private char next = 'a';

    public String next() {
      return String.valueOf(next++);
    }

    public long base() {
      return 42;
    }
  }
}

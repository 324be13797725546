package org.k42j.runtime.clustering;

import org.k42j.annotations.Combiner;

/** Contracts and classes for the routing rules the run-time path shares with the processor. */
public final class Routing {
  private Routing() {}

  /** A meter with default methods: two left to their body, one the rep class overrides. */
  public interface Usage {
    void record(long amount);

    long count();

    default boolean busy(long threshold) {
      return count() > threshold;
    }

    default long longValue() {
      return count();
    }

    default String label() {
      return "contract";
    }
  }

  /** Overrides {@link Usage#label} only. */
  public static class UsageRep implements Usage {
    private long count;

    public UsageRep() {}

    @Override
    public void record(long amount) {
      count += amount;
    }

    @Override
    public long count() {
      return count;
    }

    @Override
    public String label() {
      return "rep holding " + count;
    }
  }

  /** Overrides none of {@link Usage}'s default methods. */
  public static final class PlainUsageRep implements Usage {
    private long count;

    @Override
    public void record(long amount) {
      count += amount;
    }

    @Override
    public long count() {
      return count;
    }
  }

  /** Overrides {@link Usage#busy} too: a maker may not make it, as the override would be lost. */
  public static final class BusyUsageRep extends UsageRep {
    @Override
    public boolean busy(long threshold) {
      return true;
    }
  }

  /** Does not implement {@link Usage}; its public {@code label()} stands for the default's. */
  public static class ExistingMeter {
    private long count;

    public ExistingMeter() {}

    public void record(long amount) {
      count += amount;
    }

    public long count() {
      return count;
    }

    public String label() {
      return "existing holding " + count;
    }
  }

  /** A fluent counter, with a method returning the rep as Object and an on-root fluent method. */
  public interface Chain {
    Chain add(long delta);

    long total();

    Object self();

    /** The rep with the largest total, as {@link Largest} picks it. */
    Object largest();

    Object rename(String name);

    String name();
  }

  /** Returns itself from {@code add} and {@code self}. */
  public static final class ChainRep implements Chain {
    private final ChainRoot root;
    private long total;

    public ChainRep(ChainRoot root) {
      this.root = root;
    }

    @Override
    public Chain add(long delta) {
      total += delta;
      return this;
    }

    @Override
    public long total() {
      return total;
    }

    @Override
    public Object self() {
      return this;
    }

    @Override
    public Object largest() {
      return this;
    }

    @Override
    public Object rename(String name) {
      return root.rename(name);
    }

    @Override
    public String name() {
      return root.name();
    }
  }

  /** Picks the {@link Chain} entry with the largest total. */
  public static final class Largest implements Combiner<Object> {
    public Largest() {}

    @Override
    public Object identity() {
      return null;
    }

    @Override
    public Object combine(Object best, Object next) {
      return best == null || ((Chain) next).total() > ((Chain) best).total() ? next : best;
    }
  }

  /** The chain's root: {@code rename} returns the root itself. */
  public static final class ChainRoot {
    private volatile String name = "";

    public Object rename(String name) {
      this.name = name;
      return this;
    }

    public String name() {
      return name;
    }
  }

  /** A generic fluent builder: its {@code add} returns the type argument. */
  public interface Builder<B> {
    B add(long delta);
  }

  /** Inherits a fluent {@code add} whose result is the contract itself. */
  public interface Chained extends Builder<Chained> {
    long total();
  }

  /** Returns itself from the inherited {@code add}. */
  public static final class ChainedRep implements Chained {
    private long total;

    @Override
    public Chained add(long delta) {
      total += delta;
      return this;
    }

    @Override
    public long total() {
      return total;
    }
  }

  /** A partitioned set of tags with gathered {@code toString} and {@code hashCode}. */
  public interface Tags {
    void add(String tag);

    @Override
    String toString();

    @Override
    int hashCode();
  }

  /** The tags added on one processor. */
  public static final class TagsRep implements Tags {
    private final java.util.Set<String> tags = new java.util.TreeSet<>();

    @Override
    public void add(String tag) {
      tags.add(tag);
    }

    @Override
    public String toString() {
      return String.join(",", tags);
    }

    @Override
    public int hashCode() {
      return tags.hashCode();
    }
  }

  /** Tags that leave {@code toString} and {@code hashCode} to {@code Object}: not a rep of them. */
  public static final class IdentityTagsRep implements Tags {
    @Override
    public void add(String tag) {}
  }

  /** Joins non-empty strings with commas. */
  public static final class CommaJoin implements Combiner<String> {
    public CommaJoin() {}

    @Override
    public String identity() {
      return "";
    }

    @Override
    public String combine(String a, String b) {
      return a.isEmpty() ? b : b.isEmpty() ? a : a + "," + b;
    }
  }

  /** The root of a {@link Tags} whose {@code toString} runs on the root. */
  public static final class Title {
    @Override
    public String toString() {
      return "titled";
    }
  }
}

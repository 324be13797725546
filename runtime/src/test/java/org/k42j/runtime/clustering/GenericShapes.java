package org.k42j.runtime.clustering;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Contracts whose methods come from generic or covariant superinterfaces, and the parts that serve
 * them, for {@link RuntimeGenericContractsTest}.
 */
public final class GenericShapes {
  private GenericShapes() {}

  /** {@code Integer get()} inherited from {@code Supplier<Integer>}. */
  public interface IntSource extends Supplier<Integer> {
    void add(int delta);

    void reset();
  }

  /** {@code Integer apply(String)} inherited from {@code Function<String, Integer>}. */
  public interface Lengths extends Function<String, Integer> {
    long total();
  }

  /** A generic interface with a bounded type variable. */
  public interface Box<T extends Number> {
    T value();

    void put(T value);
  }

  /** {@code Long value()} and {@code put(Long)} from {@code Box<Long>}. */
  public interface LongBox extends Box<Long> {}

  /** A narrower return in a subinterface: javac gives implementations a bridge. */
  public interface NumberSource {
    Number next();
  }

  /** {@code Integer next()} overrides {@code Number next()}. */
  public interface IntegerSource extends NumberSource {
    @Override
    Integer next();

    /** Moves this processor's part on by one without reading it. */
    void skip();
  }

  /** Implements {@link IntSource}: javac adds the bridge {@code Object get()}. */
  public static final class IntPart implements IntSource {
    private int value;

    @Override
    public Integer get() {
      return value;
    }

    @Override
    public void add(int delta) {
      value += delta;
    }

    @Override
    public void reset() {
      value = 0;
    }
  }

  /** Has {@link IntSource}'s methods, with their resolved types, without implementing it. */
  public static class PlainIntSource {
    private int value;

    public Integer get() {
      return value;
    }

    public void add(int delta) {
      value += delta;
    }

    public void reset() {
      value = 0;
    }
  }

  /** Has {@link Lengths}'s methods, with their resolved types, without implementing it. */
  public static class PlainLengths {
    private long total;

    public Integer apply(String text) {
      total += text.length();
      return text.length();
    }

    public long total() {
      return total;
    }
  }

  /** Implements {@link Lengths}: the bridge {@code Object apply(Object)} casts its argument. */
  public static final class LengthsPart implements Lengths {
    private long total;

    @Override
    public Integer apply(String text) {
      total += text.length();
      return text.length();
    }

    @Override
    public long total() {
      return total;
    }
  }

  /** Implements {@link LongBox}. */
  public static final class LongBoxPart implements LongBox {
    private long value;

    @Override
    public Long value() {
      return value;
    }

    @Override
    public void put(Long value) {
      this.value = value;
    }
  }

  /** Has {@link IntegerSource}'s {@code Integer next()}, without implementing it. */
  public static class PlainCounterSource {
    private int next;

    public Integer next() {
      return next++;
    }

    public void skip() {
      next++;
    }
  }

  /** Implements {@link IntegerSource}: javac adds the bridge {@code Number next()}. */
  public static final class CounterSource implements IntegerSource {
    private int next;

    @Override
    public Integer next() {
      return next++;
    }

    @Override
    public void skip() {
      next++;
    }
  }

  /** {@code String get()} from {@code Supplier<String>}, for a combiner gather. */
  public interface Label extends Supplier<String> {
    void append(String text);
  }

  /** Implements {@link Label}. */
  public static final class LabelPart implements Label {
    private final StringBuilder text = new StringBuilder();

    @Override
    public String get() {
      return text.toString();
    }

    @Override
    public void append(String text) {
      this.text.append(text);
    }
  }

  /** A root whose {@code Integer apply(String)} serves {@link Lengths}'s inherited apply. */
  public static final class LengthsRoot {
    private final java.util.concurrent.atomic.AtomicLong applied =
        new java.util.concurrent.atomic.AtomicLong();

    public Integer apply(String text) {
      applied.addAndGet(text.length());
      return text.length();
    }

    public long applied() {
      return applied.get();
    }
  }
}

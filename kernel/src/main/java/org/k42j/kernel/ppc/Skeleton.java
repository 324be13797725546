package org.k42j.kernel.ppc;

import java.util.Objects;

/**
 * Base of generated server skeletons ({@code X_Skeleton extends Skeleton<X>}): {@link #invoke}
 * unpacks the arguments, calls the method on the server object and returns the result copied by
 * value (arrays deep-copied, exported objects as their handles). The kernel checks the method
 * number against {@link #methodCount} before it reaches a server thread; {@code invoke} refuses one
 * out of range too ({@link #badMethod}).
 *
 * @param <T> the exported interface
 */
public abstract class Skeleton<T> {
  private final Class<T> exported;
  private final int methodCount;
  private volatile Ppc ppc;

  /**
   * A skeleton for {@code exported}, whose abstract methods are numbered {@code 0..methodCount-1}.
   */
  protected Skeleton(Class<T> exported, int methodCount) {
    this.exported = Objects.requireNonNull(exported, "exported");
    if (methodCount < 0) {
      throw new IllegalArgumentException("methodCount " + methodCount + " is negative");
    }
    this.methodCount = methodCount;
  }

  /**
   * Invokes method number {@code method} on {@code target} with {@code args} (as the stub packed
   * them) and returns its result copied by value, or null for a void method; throws what the method
   * throws.
   */
  public abstract Object invoke(T target, int method, Object[] args) throws Throwable;

  /** The exported interface. */
  public final Class<T> exported() {
    return exported;
  }

  /** The number of methods. */
  public final int methodCount() {
    return methodCount;
  }

  /** The exception {@link #invoke} throws for a method number out of range. */
  protected final BadMethodException badMethod(int method) {
    return new BadMethodException(exported.getName(), method, methodCount);
  }

  /**
   * The PPC facility the skeleton serves (to bind handles that arrive as arguments, and to turn
   * exported results into handles).
   */
  protected final Ppc ppc() {
    Ppc attached = ppc;
    if (attached == null) {
      throw new IllegalStateException(
          getClass().getName() + " is not attached to a kernel; only the kernel's Ppc invokes it");
    }
    return attached;
  }

  /** Called by the kernel once, before the first invocation. */
  final void attach(Ppc facility) {
    this.ppc = facility;
  }
}

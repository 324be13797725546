package org.k42j.kernel.ppc;

/**
 * What the k42j processor generates for each {@code @Exported} interface {@code X} ({@code
 * X_Binding}), registered as a provider of this service in {@code
 * META-INF/services/org.k42j.kernel.ppc.PpcBinding}: it makes the interface's client stub and
 * server skeleton. The kernel finds it by the generated name first ({@code <prefix>_Binding} in the
 * interface's package, the prefix being the simple names from the outermost type joined by {@code
 * _}) and then through {@link java.util.ServiceLoader}.
 *
 * @param <T> the exported interface
 */
public interface PpcBinding<T> {
  /** The exported interface. */
  Class<T> exported();

  /** A stub calling the object {@code handle} names, through {@code ppc}. */
  T stub(ObjectHandle handle, Ppc ppc);

  /** A skeleton invoking the interface's methods on a server object. */
  Skeleton<T> skeleton();
}

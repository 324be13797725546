package org.k42j.kernel.names;

import java.util.Set;
import org.k42j.annotations.ClusteredObject;
import org.k42j.annotations.OnRoot;

/**
 * The kernel's name service: servers bind objects to names, clients look them up. Lookups far
 * outnumber registrations, so the service is a clustered object with one read-only replica per node
 * ({@link NameServiceRep}): a lookup reads the caller's node replica and touches nothing shared
 * that is ever written. Registrations go through the root ({@link NameServiceRoot}), which
 * publishes a new immutable snapshot of all bindings to every replica before it returns, so a
 * lookup that starts after a registration returned, on any processor, sees it.
 *
 * <pre>{@code
 * NameService names = NameService_Factory.create();
 * names.register("console", consoleServer);                  // a server
 * ConsoleServer console = names.lookup("console", ConsoleServer.class);  // a client
 * }</pre>
 *
 * <p>Values are any objects (exported objects, clustered objects, handles); the typed {@link
 * #lookup(String, Class)} checks the type.
 */
@ClusteredObject
public interface NameService {
  /**
   * Binds {@code value} to {@code name}.
   *
   * @throws NameTakenException if {@code name} is already bound
   * @throws IllegalArgumentException if {@code name} is empty
   * @throws NullPointerException if {@code name} or {@code value} is null
   */
  @OnRoot
  void register(String name, Object value);

  /**
   * Removes the binding of {@code name} if it is bound to {@code value} (the same object), so a
   * server removes only its own binding; returns whether it did.
   */
  @OnRoot
  boolean unregister(String name, Object value);

  /** The object bound to {@code name}, or null; from the caller's node replica. */
  Object lookup(String name);

  /**
   * The object bound to {@code name} as a {@code type}, or null when the name is not bound.
   *
   * @throws NameTypeException if the object bound to {@code name} is not a {@code type}
   */
  <T> T lookup(String name, Class<T> type);

  /** The bound names, from the caller's node replica. */
  Set<String> names();

  /** The number of registrations and removals so far; from the caller's node replica. */
  long version();
}

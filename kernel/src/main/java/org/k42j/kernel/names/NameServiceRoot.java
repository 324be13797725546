package org.k42j.kernel.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.k42j.annotations.Root;

/**
 * The name service's root: the authoritative bindings and the list of node replicas.
 *
 * <p>Invariants (all under {@code registry}): {@code current} is the latest bindings; every replica
 * in {@code replicas} holds {@code current} whenever the monitor is free. A registration builds the
 * next bindings, sets {@code current}, and installs it in every replica before it releases the
 * monitor (and so before it returns). A replica joins under the same monitor, taking {@code
 * current} as it joins, so a replica created while a registration runs either is in the list that
 * registration updates or starts from its result: no replica misses a version. (Replicas join from
 * their constructors, which run under the clustered object's miss lock; the order is always miss
 * lock, then registry, and a registration takes no other lock.)
 */
@Root
final class NameServiceRoot extends NameService_RootBase {
  private final Object registry = new Object();
  private final List<NameServiceRep> replicas = new ArrayList<>(); // guarded by registry
  private Bindings current = Bindings.EMPTY; // guarded by registry

  NameServiceRoot() {}

  void register(String name, Object value) {
    Objects.requireNonNull(name, "name is null; give the name to bind");
    Objects.requireNonNull(value, () -> "value for \"" + name + "\" is null; bind an object");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("name is empty; give a non-empty name");
    }
    synchronized (registry) {
      Object bound = current.byName.get(name);
      if (bound != null) {
        throw new NameTakenException(
            "name \""
                + name
                + "\" is already bound to "
                + bound
                + "; unregister it first, or choose another name");
      }
      publish(current.with(name, value));
    }
  }

  boolean unregister(String name, Object value) {
    synchronized (registry) {
      if (name == null || value == null || current.byName.get(name) != value) {
        return false;
      }
      publish(current.without(name));
      return true;
    }
  }

  /** Under registry: makes {@code next} current everywhere. */
  private void publish(Bindings next) {
    current = next;
    for (NameServiceRep replica : replicas) {
      replica.install(next);
    }
  }

  /**
   * Adds a new replica and installs the current bindings in it, both under the monitor, so no
   * registration can install a newer version in between that this one would overwrite.
   */
  void join(NameServiceRep replica) {
    synchronized (registry) {
      replicas.add(replica);
      replica.install(current);
    }
  }
}

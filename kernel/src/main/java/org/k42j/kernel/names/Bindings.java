package org.k42j.kernel.names;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One immutable version of every binding of a {@link NameService}. Never written after
 * construction, so every replica may hold the same instance and readers on all nodes share its
 * cache lines without invalidations.
 */
final class Bindings {
  static final Bindings EMPTY = new Bindings(0, Map.of());

  final long version;
  final Map<String, Object> byName;

  private Bindings(long version, Map<String, Object> byName) {
    this.version = version;
    this.byName = byName;
  }

  Bindings with(String name, Object value) {
    Map<String, Object> next = new HashMap<>(byName);
    next.put(name, value);
    return new Bindings(version + 1, Collections.unmodifiableMap(next));
  }

  Bindings without(String name) {
    Map<String, Object> next = new HashMap<>(byName);
    next.remove(name);
    return new Bindings(version + 1, Collections.unmodifiableMap(next));
  }
}

package org.k42j.kernel.names;

import java.util.Set;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Rep;

/**
 * A node's replica of the name service: a reference to the latest immutable {@link Bindings}. Every
 * processor of the node reads it at once (thread-safe rep, no guard); only the root writes it, on
 * registration. A lookup is one volatile read of this replica's own field and a hash lookup in a
 * map no one writes.
 */
@Rep(policy = Policy.PER_NODE, concurrency = Concurrency.THREAD_SAFE, root = NameServiceRoot.class)
final class NameServiceRep extends NameService_RepBase implements NameService {
  private volatile Bindings bindings; // written only by the root, under its registry monitor

  NameServiceRep() {
    root().join(this); // installs the current bindings
  }

  /** Called by the root, under its registry monitor, with each new version. */
  void install(Bindings next) {
    bindings = next;
  }

  // The dispatcher runs these on the root (@OnRoot); a rep delegates too.

  @Override
  public void register(String name, Object value) {
    root().register(name, value);
  }

  @Override
  public boolean unregister(String name, Object value) {
    return root().unregister(name, value);
  }

  @Override
  public Object lookup(String name) {
    return bindings.byName.get(name);
  }

  @Override
  public <T> T lookup(String name, Class<T> type) {
    Object value = bindings.byName.get(name);
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    throw new NameTypeException(
        "name \""
            + name
            + "\" is bound to a "
            + value.getClass().getName()
            + ", not a "
            + type.getName()
            + "; look it up as "
            + value.getClass().getSimpleName()
            + " (or Object)");
  }

  @Override
  public Set<String> names() {
    return bindings.byName.keySet();
  }

  @Override
  public long version() {
    return bindings.version;
  }
}

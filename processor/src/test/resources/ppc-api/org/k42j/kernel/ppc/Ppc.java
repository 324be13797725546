package org.k42j.kernel.ppc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copy of the facility's members generated code uses ({@code bind}, {@code handleOf}), with a
 * loopback implementation: one table of exports, calls run on the caller's thread, sends queued.
 */
public final class Ppc {
  private final List<Object> targets = new ArrayList<>();
  private final List<Class<?>> types = new ArrayList<>();
  private final Map<Object, Integer> slots = new IdentityHashMap<>();
  private final ArrayDeque<Runnable> sent = new ArrayDeque<>();
  private int calls;

  /** Exports {@code target} as {@code exported}. */
  public synchronized <T> ObjectHandle export(Class<T> exported, T target) {
    Integer slot = slots.get(target);
    if (slot == null) {
      slot = targets.size();
      targets.add(target);
      types.add(exported);
      slots.put(target, slot);
    }
    return new ObjectHandle(1, slot, 0, exported.getName());
  }

  public <T> T bind(ObjectHandle handle, Class<T> exported) {
    return binding(exported).stub(handle, this);
  }

  public ObjectHandle handleOf(Object exportedOrStub) {
    if (exportedOrStub instanceof RemoteObject remote) {
      return remote.handle();
    }
    throw new IllegalArgumentException("use handleOf(object, type)");
  }

  public synchronized ObjectHandle handleOf(Object exportedOrStub, Class<?> exported) {
    if (exportedOrStub instanceof RemoteObject remote) {
      return remote.handle();
    }
    Integer slot = slots.get(exportedOrStub);
    if (slot == null) {
      throw new IllegalStateException(exportedOrStub + " was never exported");
    }
    return new ObjectHandle(1, slot, 0, exported.getName());
  }

  /** The exported object a handle names (for tests). */
  public synchronized Object target(ObjectHandle handle) {
    return targets.get(handle.slot());
  }

  /** How many calls and sends ran. */
  public synchronized int calls() {
    return calls;
  }

  Object call(ObjectHandle handle, int method, Object[] args) {
    Object target;
    Class<?> type;
    synchronized (this) {
      calls++;
      target = targets.get(handle.slot());
      type = types.get(handle.slot());
    }
    try {
      return skeleton(type).invoke(target, method, args);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  synchronized void send(ObjectHandle handle, int method, Object[] args) {
    sent.add(() -> call(handle, method, args));
  }

  /** Runs the queued sends; returns how many ran. */
  public int runSent() {
    int ran = 0;
    for (Runnable next; (next = poll()) != null; ran++) {
      next.run();
    }
    return ran;
  }

  private synchronized Runnable poll() {
    return sent.poll();
  }

  @SuppressWarnings("unchecked")
  private Skeleton<Object> skeleton(Class<?> exported) {
    Skeleton<Object> skeleton = (Skeleton<Object>) binding(exported).skeleton();
    skeleton.attach(this);
    return skeleton;
  }

  @SuppressWarnings("unchecked")
  private static <T> PpcBinding<T> binding(Class<T> exported) {
    String prefix = exported.getSimpleName();
    for (Class<?> outer = exported.getEnclosingClass();
        outer != null;
        outer = outer.getEnclosingClass()) {
      prefix = outer.getSimpleName() + "_" + prefix;
    }
    String name = exported.getPackageName() + "." + prefix + "_Binding";
    try {
      return (PpcBinding<T>)
          Class.forName(name, true, exported.getClassLoader())
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}

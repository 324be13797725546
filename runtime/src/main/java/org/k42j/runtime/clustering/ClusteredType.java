package org.k42j.runtime.clustering;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.k42j.annotations.Combiner;
import org.k42j.model.RouteKind;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.clustering.internal.Route;

/**
 * A checked run-time declaration with its generated classes: {@link #create()} makes clustered
 * objects, as a processor-generated {@code Contract_Factory.create()} does. Thread-safe; build a
 * declaration once and create as many objects from it as needed. {@code ClusteredObjects} destroys,
 * resolves and reports on the objects it creates.
 *
 * @param <C> the contract type
 */
public final class ClusteredType<C> {
  private final ClusterModel model;
  private final GeneratedClasses classes;

  /** Per route index: the method's handle {@code (Object, Object[])Object}. */
  private final List<MethodHandle> routeCalls = new ArrayList<>();

  /** Per route index: the fold of a gather, else null. */
  private final List<Fold> folds = new ArrayList<>();

  ClusteredType(ClusterModel model, GeneratedClasses classes) {
    this.model = model;
    this.classes = classes;
    for (MethodRoute route : model.methods()) {
      if (!route.viaRoute()) {
        continue;
      }
      Method target = route.kind() == RouteKind.ON_ROOT ? route.rootMethod() : route.method();
      routeCalls.add(spread(target));
      folds.add(
          route.kind() == RouteKind.GATHER
              ? new Fold(model.contract(), route, combiner(route))
              : null);
    }
  }

  /** A new clustered object; its reps are made on each processor's first call. */
  public C create() {
    RuntimeRoot root = new RuntimeRoot(this);
    if (model.root() != null) {
      Object rootObject = model.root().maker().apply(root.repSet());
      if (!model.root().type().isInstance(rootObject)) {
        throw new ClusteredObjectException(
            "the root maker of "
                + ReflectedNames.simple(model.contract())
                + " returned "
                + (rootObject == null ? "null" : "a " + rootObject.getClass().getName())
                + ", not a "
                + model.root().type().getName()
                + "; return a new root object from every call");
      }
      root.bindRootObject(rootObject);
    }
    Route[] routes = new Route[routeCalls.size()];
    int index = 0;
    for (MethodRoute route : model.methods()) {
      if (!route.viaRoute()) {
        continue;
      }
      MethodHandle call = routeCalls.get(index);
      routes[index] =
          switch (route.kind()) {
            case GATHER ->
                Routes.gather(
                    root,
                    call,
                    folds.get(index),
                    route.combiner() != null
                        && DefaultBodies.returnsHandle(
                            model.contract(), route.method(), model.contract()));
            case BROADCAST -> Routes.broadcast(root, call);
            case ON_ROOT ->
                Routes.onRoot(
                    root,
                    call,
                    model.root() != null
                        && DefaultBodies.returnsHandle(
                            model.contract(), route.method(), model.contract())
                        && DefaultBodies.returnsHandle(
                            model.contract(), route.method(), model.root().type()));
            default -> throw new IllegalStateException(route.kind().toString());
          };
      index++;
    }
    @SuppressWarnings("unchecked")
    C handle = (C) classes.newDispatcher(root, routes);
    return handle;
  }

  /** The contract. */
  @SuppressWarnings("unchecked")
  public Class<C> contract() {
    return (Class<C>) model.contract();
  }

  /** The class generated to implement the contract, of which {@link #create()} makes instances. */
  public Class<?> dispatcherClass() {
    return classes.dispatcherClass();
  }

  ClusterModel model() {
    return model;
  }

  GeneratedClasses classes() {
    return classes;
  }

  /** A new rep, from the declaration's maker or rep class. */
  Object makeRep(Object rootObject) {
    if (classes.rep() == null) {
      return model.reps().maker().apply(rootObject);
    }
    try {
      return classes.repTakesRoot() ? classes.rep().invoke(rootObject) : classes.rep().invoke();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new ClusteredObjectException(
          "the constructor of " + ReflectedNames.simple(model.reps().type()) + " threw " + e, e);
    }
  }

  private Combiner<?> combiner(MethodRoute route) {
    if (route.combiner() == null) {
      return null;
    }
    String display = ReflectedNames.method(model.contract(), route.method());
    try {
      Constructor<?> constructor = route.combiner().getDeclaredConstructor();
      constructor.setAccessible(true);
      return (Combiner<?>) constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw RuntimeRule.GATHER_COMBINER_UNUSABLE.exception(
          ReflectedNames.simple(route.combiner()),
          display,
          "its constructor threw " + e.getCause(),
          "make it construct without failing");
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw RuntimeRule.GATHER_COMBINER_UNUSABLE.exception(
          ReflectedNames.simple(route.combiner()), display, e.toString(), "make it public");
    }
  }

  /** {@code (Object target, Object[] arguments)Object} for an instance method. */
  private static MethodHandle spread(Method method) {
    try {
      method.setAccessible(true);
      MethodHandle handle = MethodHandles.lookup().unreflect(method);
      int count = method.getParameterCount();
      return handle
          .asType(MethodType.genericMethodType(count + 1))
          .asSpreader(Object[].class, count)
          .asType(MethodType.methodType(Object.class, Object.class, Object[].class));
    } catch (IllegalAccessException | RuntimeException e) {
      throw new ClusteredObjectException(
          "k42j cannot call " + method + " (" + e + "); make it and its class public", e);
    }
  }
}

package org.k42j.kernel.sim;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds workloads: the ones {@link ServiceLoader} lists, or a class by name. */
public final class Workloads {
  private Workloads() {}

  /** Every workload {@link ServiceLoader} finds (bundled and the class path's), sorted by name. */
  public static List<Workload> available() {
    List<Workload> found = new ArrayList<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (Workload workload :
        ServiceLoader.load(
            Workload.class, loader == null ? Workloads.class.getClassLoader() : loader)) {
      found.add(workload);
    }
    found.sort((a, b) -> a.name().compareTo(b.name()));
    return found;
  }

  /**
   * The workload named {@code nameOrClass} among {@link #available()}, or else a new instance of
   * the class of that binary name (a {@link Workload} with a public no-argument constructor).
   *
   * @throws IllegalArgumentException naming the available workloads when neither matches
   */
  public static Workload find(String nameOrClass) {
    List<Workload> available = available();
    for (Workload workload : available) {
      if (workload.name().equals(nameOrClass)) {
        return workload;
      }
    }
    Class<?> type;
    try {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      type =
          Class.forName(
              nameOrClass, true, loader == null ? Workloads.class.getClassLoader() : loader);
    } catch (ClassNotFoundException | LinkageError e) {
      List<String> names = new ArrayList<>();
      for (Workload workload : available) {
        names.add(workload.name());
      }
      throw new IllegalArgumentException(
          "no workload named \""
              + nameOrClass
              + "\" and no such class on the class path;"
              + " give one of "
              + String.join(", ", names)
              + ", or the binary name of a class implementing "
              + Workload.class.getName());
    }
    if (!Workload.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(
          "class "
              + nameOrClass
              + " does not implement "
              + Workload.class.getName()
              + "; implement it to simulate the class");
    }
    try {
      Constructor<?> constructor = type.getConstructor();
      if (Modifier.isAbstract(type.getModifiers())) {
        throw new NoSuchMethodException("abstract");
      }
      return (Workload) constructor.newInstance();
    } catch (NoSuchMethodException | IllegalAccessException | InstantiationException e) {
      throw new IllegalArgumentException(
          "workload class "
              + nameOrClass
              + " needs to be a public concrete class with a public"
              + " no-argument constructor");
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "workload class " + nameOrClass + "'s constructor threw " + e.getCause(), e.getCause());
    }
  }
}

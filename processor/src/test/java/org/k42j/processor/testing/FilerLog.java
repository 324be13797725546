package org.k42j.processor.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * Notes every file created through a {@link Filer}, in order: its name (source and class files by
 * type name, resources by path) and the originating elements passed with it. compile-testing hides
 * generated files once a compilation has failed, and never shows originating elements; this log
 * tells what a processor asked for all the same.
 */
public final class FilerLog {
  /** One file a processor asked the Filer to create. */
  public record Created(String name, List<Element> originatingElements) {}

  private final List<Created> created = Collections.synchronizedList(new ArrayList<>());

  /** {@code filer}, noting in this log every file created through it. */
  public Filer around(Filer filer) {
    return (Filer)
        Proxy.newProxyInstance(
            Filer.class.getClassLoader(),
            new Class<?>[] {Filer.class},
            (proxy, method, args) -> {
              if (method.getName().startsWith("create")) {
                boolean resource = method.getName().equals("createResource");
                List<Element> origins = new ArrayList<>();
                for (Object element : (Object[]) args[args.length - 1]) {
                  origins.add((Element) element);
                }
                created.add(
                    new Created((resource ? args[2] : args[0]).toString(), List.copyOf(origins)));
              }
              try {
                return method.invoke(filer, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /** Every file created, in order. */
  public List<Created> created() {
    synchronized (created) {
      return List.copyOf(created);
    }
  }

  /** The names of every file created, in order. */
  public List<String> names() {
    return created().stream().map(Created::name).toList();
  }

  /** The originating elements of every file created, by name (the last creation of a name wins). */
  public Map<String, List<Element>> originatingElements() {
    Map<String, List<Element>> byName = new LinkedHashMap<>();
    for (Created file : created()) {
      byName.put(file.name(), file.originatingElements());
    }
    return byName;
  }
}

package org.k42j.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;

/**
 * Classes called by name through reflection: the class files and resources of a compile-testing
 * compilation, written to a directory and loaded in a fresh class loader whose parent is the
 * test's, so generated code links against the same runtime classes the test sees ({@code
 * Processors}, {@code ClusteredObjects}); or the classes the build compiled onto a test's own class
 * path.
 */
public final class LoadedClasses implements AutoCloseable {
  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private final ClassLoader loader;

  /** The loader made for a compilation, closed with this; null for a class path's loader. */
  private final URLClassLoader owned;

  private LoadedClasses(ClassLoader loader, URLClassLoader owned) {
    this.loader = loader;
    this.owned = owned;
  }

  /** The classes {@code loader} sees, such as those compiled with a module's tests. */
  public static LoadedClasses on(ClassLoader loader) {
    return new LoadedClasses(loader, null);
  }

  /**
   * Writes every class-output file of {@code compilation} under {@code directory} and loads them.
   */
  public static LoadedClasses load(Compilation compilation, Path directory) {
    try {
      for (JavaFileObject file : compilation.generatedFiles()) {
        String path = file.toUri().getPath();
        if (!path.startsWith(CLASS_OUTPUT)) {
          continue;
        }
        Path target = directory.resolve(path.substring(CLASS_OUTPUT.length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
      URL[] urls = {directory.toUri().toURL()};
      URLClassLoader loader = new URLClassLoader(urls, LoadedClasses.class.getClassLoader());
      return new LoadedClasses(loader, loader);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ClassLoader loader() {
    return loader;
  }

  /** A loaded class by binary name ({@code pkg.Outer$Inner}). */
  public Class<?> type(String binaryName) {
    try {
      return Class.forName(binaryName, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(binaryName + " was not compiled", e);
    }
  }

  /** Calls the static no-argument {@code method} of {@code type}, such as a factory's create(). */
  public Object callStatic(String type, String method) throws Throwable {
    Method found = type(type).getDeclaredMethod(method);
    found.setAccessible(true);
    return invoke(found, null);
  }

  /**
   * Calls {@code target.method(arguments)} through the public, or package-private, interface method
   * declared by {@code declaringType}, choosing the overload by parameter count and argument types.
   * Rethrows whatever the call threw, unwrapped.
   */
  public Object call(String declaringType, Object target, String method, Object... arguments)
      throws Throwable {
    for (Method candidate : type(declaringType).getMethods()) {
      if (candidate.getName().equals(method) && accepts(candidate, arguments)) {
        return invoke(candidate, target, arguments);
      }
    }
    for (Method candidate : type(declaringType).getDeclaredMethods()) {
      if (candidate.getName().equals(method)
          && !Modifier.isStatic(candidate.getModifiers())
          && accepts(candidate, arguments)) {
        return invoke(candidate, target, arguments);
      }
    }
    throw new AssertionError(declaringType + " has no method " + method + " for these arguments");
  }

  /** As {@link #callStatic}, for calls that throw no checked exception. */
  public Object callStaticUnchecked(String type, String method) {
    try {
      return callStatic(type, method);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError("unexpected checked exception", e);
    }
  }

  /** As {@link #call}, for calls that throw no checked exception. */
  public Object callUnchecked(
      String declaringType, Object target, String method, Object... arguments) {
    try {
      return call(declaringType, target, method, arguments);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError("unexpected checked exception", e);
    }
  }

  private static boolean accepts(Method method, Object[] arguments) {
    Class<?>[] types = method.getParameterTypes();
    if (types.length != arguments.length) {
      return false;
    }
    for (int i = 0; i < types.length; i++) {
      if (arguments[i] != null && !wrap(types[i]).isInstance(arguments[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> wrap(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == double.class) {
      return Double.class;
    }
    if (type == float.class) {
      return Float.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    if (type == short.class) {
      return Short.class;
    }
    if (type == byte.class) {
      return Byte.class;
    }
    return Character.class;
  }

  private static Object invoke(Method method, Object target, Object... arguments) throws Throwable {
    method.setAccessible(true);
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Closes the class loader of a compilation; a class path's loader stays open. */
  @Override
  public void close() throws IOException {
    if (owned != null) {
      owned.close();
    }
  }
}

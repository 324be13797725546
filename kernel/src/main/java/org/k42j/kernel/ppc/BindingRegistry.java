package org.k42j.kernel.ppc;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the generated {@link PpcBinding} of an exported interface: by its generated name ({@code
 * <prefix>_Binding} in the interface's package) first, then among the {@link ServiceLoader}
 * providers of the interface's class loader. Found bindings are cached (a binding is stateless).
 */
final class BindingRegistry {
  private final ConcurrentHashMap<Class<?>, PpcBinding<?>> bindings = new ConcurrentHashMap<>();

  <T> PpcBinding<T> find(Class<T> exported) {
    @SuppressWarnings("unchecked")
    PpcBinding<T> binding =
        (PpcBinding<T>) bindings.computeIfAbsent(exported, BindingRegistry::load);
    return binding;
  }

  private static PpcBinding<?> load(Class<?> exported) {
    if (!exported.isInterface()) {
      throw new NotExportableException(
          exported.getName() + " is not an interface; export an @Exported interface it implements");
    }
    ClassLoader loader = exported.getClassLoader();
    String name = generatedName(exported);
    try {
      Class<?> type = Class.forName(name, true, loader);
      if (PpcBinding.class.isAssignableFrom(type)) {
        PpcBinding<?> binding = (PpcBinding<?>) type.getDeclaredConstructor().newInstance();
        if (binding.exported() == exported) {
          return binding;
        }
      }
    } catch (ClassNotFoundException notGenerated) {
      // look among the service providers
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new NotExportableException(
          name
              + " cannot be instantiated ("
              + e
              + "); recompile "
              + exported.getName()
              + " with the k42j processor");
    }
    try {
      for (PpcBinding<?> binding : ServiceLoader.load(PpcBinding.class, loader)) {
        if (binding.exported() == exported) {
          return binding;
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new NotExportableException(
          "a PpcBinding provider is broken ("
              + e.getMessage()
              + "); recompile the exported"
              + " interfaces with the k42j processor");
    }
    throw new NotExportableException(
        exported.getName()
            + " has no PPC binding ("
            + name
            + "); annotate it @Exported and compile it with the k42j processor");
  }

  /** {@code p.Outer_Inner_Binding} for {@code p.Outer.Inner}. */
  static String generatedName(Class<?> exported) {
    StringBuilder prefix = new StringBuilder(exported.getSimpleName());
    for (Class<?> outer = exported.getEnclosingClass();
        outer != null;
        outer = outer.getEnclosingClass()) {
      prefix.insert(0, outer.getSimpleName() + "_");
    }
    String pkg = exported.getPackageName();
    return (pkg.isEmpty() ? "" : pkg + ".") + prefix + "_Binding";
  }
}

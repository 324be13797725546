package org.k42j.runtime;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link ClusteredObjects#create(Class, Object...)} was given arguments that match no {@code
 * create} method of the contract's generated factory (one per constructor of its {@code @Root}), or
 * match more than one equally well. The message lists the constructors there are.
 */
public final class RootArgumentsException extends ClusteredObjectException {
  private static final long serialVersionUID = 1L;

  /**
   * @param contract the contract being created
   * @param problem what is wrong with the arguments ("no constructor of the root takes (String)")
   * @param creates every {@code create} method of the factory
   */
  RootArgumentsException(Class<?> contract, String problem, List<Method> creates) {
    super(
        "cannot create "
            + contract.getName()
            + ": "
            + problem
            + "; its root is made by "
            + (creates.isEmpty()
                ? "no constructor"
                : creates.stream()
                    .map(RootArgumentsException::signature)
                    .collect(Collectors.joining(", ")))
            + ". Pass the arguments of one of them (a primitive parameter takes its boxed value,"
            + " a varargs parameter its elements or an array), or call the generated factory's"
            + " create directly.");
  }

  /** {@code create(String, int...)}: a factory method as its constructor reads. */
  static String signature(Method create) {
    Class<?>[] parameters = create.getParameterTypes();
    StringBuilder out = new StringBuilder("create(");
    for (int i = 0; i < parameters.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      if (create.isVarArgs() && i == parameters.length - 1) {
        out.append(parameters[i].getComponentType().getSimpleName()).append("...");
      } else {
        out.append(parameters[i].getSimpleName());
      }
    }
    return out.append(')').toString();
  }
}

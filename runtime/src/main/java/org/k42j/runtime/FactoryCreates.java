package org.k42j.runtime;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates a clustered object through its generated factory, {@code <prefix>_Factory} next to the
 * contract, choosing the {@code create} method (one per constructor of the {@code @Root}) that the
 * arguments fit, as {@link ClusteredObjects#create(Class, Object...)} promises.
 *
 * <p>Design. The arguments are only known at run time, as objects, so the choice follows Java's
 * overload resolution as far as run-time types allow and refuses to guess beyond it: first the
 * methods whose parameters the arguments fit one for one (a {@code null} fits any reference
 * parameter; a boxed value fits its primitive and the primitives it widens to; a varargs parameter
 * may take an array), then, only if none does, varargs methods with the trailing arguments as
 * elements. Among the fitting methods the one whose every parameter type is assignable to the
 * others' is taken; when there is no such single method (say {@code create(int)} and {@code
 * create(Integer)} for an {@code Integer}), or none fits, {@link RootArgumentsException} lists the
 * constructors there are. The factory's methods are found once per contract ({@link ClassValue}).
 */
final class FactoryCreates {
  private static final ClassValue<List<Method>> CREATES =
      new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> contract) {
          return find(contract);
        }
      };

  /** Each primitive type and those it widens to (JLS 5.1.2). */
  private static final Map<Class<?>, Set<Class<?>>> WIDENS_TO =
      Map.of(
          byte.class, Set.of(short.class, int.class, long.class, float.class, double.class),
          short.class, Set.of(int.class, long.class, float.class, double.class),
          char.class, Set.of(int.class, long.class, float.class, double.class),
          int.class, Set.of(long.class, float.class, double.class),
          long.class, Set.of(float.class, double.class),
          float.class, Set.of(double.class),
          double.class, Set.of(),
          boolean.class, Set.of());

  private static final Map<Class<?>, Class<?>> UNBOXED =
      Map.of(
          Byte.class, byte.class,
          Short.class, short.class,
          Character.class, char.class,
          Integer.class, int.class,
          Long.class, long.class,
          Float.class, float.class,
          Double.class, double.class,
          Boolean.class, boolean.class);

  private FactoryCreates() {}

  /** A new object of {@code contract}, from the factory method {@code args} fit. */
  static Object create(Class<?> contract, Object[] args) {
    List<Method> creates = CREATES.get(contract);
    Method chosen = choose(contract, creates, args, false);
    Object[] passed = args;
    if (chosen == null) {
      chosen = choose(contract, creates, args, true);
      if (chosen == null) {
        throw new RootArgumentsException(
            contract, "no constructor of its root takes " + describe(args), creates);
      }
      passed = packVarargs(chosen, args);
    }
    try {
      return chosen.invoke(null, passed);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new ClusteredObjectException(
          "creating "
              + contract.getName()
              + " failed: its root's constructor threw "
              + cause
              + " (the cause); call the generated factory's create directly to catch it as"
              + " declared",
          cause);
    } catch (IllegalAccessException e) {
      throw new MissingImplementationException(
          contract, "its factory's " + RootArgumentsException.signature(chosen) + " is not public");
    }
  }

  /**
   * The most specific method {@code args} fit in one phase (fixed arity, or varargs with trailing
   * elements), or null when none fits in that phase.
   */
  private static Method choose(
      Class<?> contract, List<Method> creates, Object[] args, boolean spreadVarargs) {
    List<Method> fitting = new ArrayList<>();
    for (Method create : creates) {
      if (spreadVarargs ? fitsSpread(create, args) : fitsExactly(create, args)) {
        fitting.add(create);
      }
    }
    if (fitting.isEmpty()) {
      return null;
    }
    List<Method> mostSpecific = new ArrayList<>();
    for (Method candidate : fitting) {
      if (fitting.stream().allMatch(other -> atLeastAsSpecific(candidate, other))) {
        mostSpecific.add(candidate);
      }
    }
    if (mostSpecific.size() != 1) {
      throw new RootArgumentsException(
          contract,
          describe(args)
              + " fit more than one constructor of its root equally well ("
              + fitting.stream()
                  .map(RootArgumentsException::signature)
                  .collect(Collectors.joining(", "))
              + ")",
          creates);
    }
    return mostSpecific.get(0);
  }

  private static boolean fitsExactly(Method create, Object[] args) {
    Class<?>[] parameters = create.getParameterTypes();
    if (parameters.length != args.length) {
      return false;
    }
    for (int i = 0; i < args.length; i++) {
      if (!fits(args[i], parameters[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean fitsSpread(Method create, Object[] args) {
    if (!create.isVarArgs()) {
      return false;
    }
    Class<?>[] parameters = create.getParameterTypes();
    int fixed = parameters.length - 1;
    if (args.length < fixed) {
      return false;
    }
    for (int i = 0; i < fixed; i++) {
      if (!fits(args[i], parameters[i])) {
        return false;
      }
    }
    Class<?> element = parameters[fixed].getComponentType();
    for (int i = fixed; i < args.length; i++) {
      if (!fits(args[i], element)) {
        return false;
      }
    }
    return true;
  }

  private static Object[] packVarargs(Method create, Object[] args) {
    Class<?>[] parameters = create.getParameterTypes();
    int fixed = parameters.length - 1;
    Object array = Array.newInstance(parameters[fixed].getComponentType(), args.length - fixed);
    for (int i = fixed; i < args.length; i++) {
      Array.set(array, i - fixed, args[i]); // unboxes and widens for a primitive array
    }
    Object[] passed = Arrays.copyOf(args, parameters.length);
    passed[fixed] = array;
    return passed;
  }

  /** Whether the argument {@code value} can be passed for a parameter of type {@code type}. */
  private static boolean fits(Object value, Class<?> type) {
    if (value == null) {
      return !type.isPrimitive();
    }
    if (!type.isPrimitive()) {
      return type.isInstance(value);
    }
    Class<?> unboxed = UNBOXED.get(value.getClass());
    return unboxed != null && (unboxed == type || WIDENS_TO.get(unboxed).contains(type));
  }

  /** Whether each parameter of {@code a} can be passed where {@code b} takes its parameter. */
  private static boolean atLeastAsSpecific(Method a, Method b) {
    Class<?>[] as = a.getParameterTypes();
    Class<?>[] bs = b.getParameterTypes();
    if (as.length != bs.length) {
      return false;
    }
    for (int i = 0; i < as.length; i++) {
      boolean assignable =
          as[i].isPrimitive() || bs[i].isPrimitive()
              ? as[i] == bs[i] || (as[i].isPrimitive() && WIDENS_TO.get(as[i]).contains(bs[i]))
              : bs[i].isAssignableFrom(as[i]);
      if (!assignable) {
        return false;
      }
    }
    return true;
  }

  private static String describe(Object[] args) {
    return Arrays.stream(args)
        .map(arg -> arg == null ? "null" : arg.getClass().getSimpleName())
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /** The public static {@code create} methods of the contract's factory, in a stable order. */
  private static List<Method> find(Class<?> contract) {
    String name = factoryName(contract);
    Class<?> factory;
    try {
      factory = Class.forName(name, false, contract.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new MissingImplementationException(contract, "there is no generated factory " + name);
    }
    if (!Modifier.isPublic(factory.getModifiers())) {
      throw new MissingImplementationException(contract, "its factory " + name + " is not public");
    }
    List<Method> creates = new ArrayList<>();
    for (Method method : factory.getMethods()) {
      if (method.getName().equals("create")
          && Modifier.isStatic(method.getModifiers())
          && contract.isAssignableFrom(method.getReturnType())) {
        creates.add(method);
      }
    }
    creates.sort(Comparator.comparing(RootArgumentsException::signature));
    return List.copyOf(creates);
  }

  /**
   * {@code <package>.<prefix>_Factory}: the prefix joins the contract's simple names from the
   * outermost type inward with {@code _}, as the processor names every generated class.
   */
  static String factoryName(Class<?> contract) {
    Deque<String> names = new ArrayDeque<>();
    for (Class<?> type = contract; type != null; type = type.getEnclosingClass()) {
      names.addFirst(type.getSimpleName());
    }
    String pkg = contract.getPackageName();
    return (pkg.isEmpty() ? "" : pkg + ".") + String.join("_", names) + "_Factory";
  }
}

package org.k42j.runtime.clustering;

import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.isEquals;
import static net.bytebuddy.matcher.ElementMatchers.isHashCode;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.isSuperTypeOf;
import static net.bytebuddy.matcher.ElementMatchers.isToString;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.none;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.modifier.TypeManifestation;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.loading.MultipleParentClassLoader;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.ExceptionMethod;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.MethodCall;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.matcher.ElementMatcher;
import org.k42j.annotations.Concurrency;
import org.k42j.model.RouteKind;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.clustering.internal.GuardAdvice;
import org.k42j.runtime.clustering.internal.Route;
import org.k42j.runtime.clustering.internal.RuntimeDispatcher;
import org.k42j.runtime.clustering.internal.RuntimeGuard;
import org.k42j.runtime.clustering.internal.RuntimeMiss;
import org.k42j.runtime.clustering.internal.VisitGuardAdvice;
import org.k42j.runtime.internal.ClusterRoot;
import org.k42j.runtime.internal.RootCore;

/**
 * The run-time path's writer: generates, with ByteBuddy, the classes the processor writes as source
 * for the same model. The dispatcher, miss object and guard extend {@link RuntimeDispatcher},
 * {@link RuntimeMiss} and {@link RuntimeGuard}, which hold what the processor generates as fields
 * and a private {@code rep()}; a rep class that does not implement the contract gets a subclass
 * that does. Roots are not generated: {@link RuntimeRoot} serves every declaration.
 *
 * <p>Generated names follow the processor's scheme in the contract's package, with {@code Runtime}
 * before the role so that a stack trace tells the paths apart and the processor's output for the
 * same contract never clashes ({@code Outer_Counter_RuntimeDispatcher}, {@code _RuntimeMiss},
 * {@code _RuntimeGuard}, {@code _RuntimeRepAdapter}); contracts in {@code java.*} packages get
 * theirs under {@code org.k42j.runtime.clustering.generated}. Each class is defined in a class
 * loader of its own that sees the contract, the rep class and the runtime, so building a
 * declaration twice defines new classes.
 */
final class ClassWriter {
  private static final MethodDescription DISPATCHER_REP = base(RuntimeDispatcher.class, "rep$");
  private static final MethodDescription MISS_REP = base(RuntimeMiss.class, "rep$");
  private static final MethodDescription GUARD_REP = base(RuntimeGuard.class, "rep$");
  private static final Method ROUTE;

  static {
    try {
      ROUTE = RuntimeDispatcher.class.getDeclaredMethod("route$", int.class, Object[].class);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final ClusterModel model;
  private final Class<?> contract;
  private final ClassLoader parent;
  private final ByteBuddy byteBuddy = new ByteBuddy();

  ClassWriter(ClusterModel model) {
    this.model = model;
    this.contract = model.contract();
    MultipleParentClassLoader.Builder loaders =
        new MultipleParentClassLoader.Builder().append(contract, RuntimeDispatcher.class);
    if (model.reps().type() != null) {
      loaders = loaders.append(model.reps().type());
    }
    this.parent = loaders.build();
  }

  GeneratedClasses write() {
    try {
      Class<?> dispatcher = dispatcher();
      Class<?> miss = miss();
      Class<?> guard = model.concurrency() == Concurrency.EXCLUSIVE ? guard() : null;
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle rep = null;
      boolean repTakesRoot = false;
      ClusterModel.RepSource reps = model.reps();
      if (reps.type() != null) {
        Constructor<?> constructor = reps.constructor();
        repTakesRoot = constructor.getParameterCount() == 1;
        if (reps.subclass()) {
          Class<?> adapter = adapter();
          constructor = adapter.getDeclaredConstructor(constructor.getParameterTypes());
        }
        constructor.setAccessible(true);
        rep = lookup.unreflectConstructor(constructor);
      }
      return new GeneratedClasses(
          constructor(dispatcher, ClusterRoot.class, Route[].class),
          constructor(miss, RootCore.class),
          guard == null ? null : constructor(guard, RootCore.class, Object.class),
          rep,
          repTakesRoot,
          dispatcher);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ClusteredObjectException(
          "could not generate the run-time classes of "
              + ReflectedNames.simple(contract)
              + " ("
              + e
              + "); this is a bug in k42j: please report it with the declaration",
          e);
    }
  }

  private Class<?> dispatcher() {
    DynamicType.Builder<?> builder =
        forwarding(implementing(RuntimeDispatcher.class, "Dispatcher"), DISPATCHER_REP, null);
    int index = 0;
    for (MethodRoute route : model.methods()) {
      if (!route.viaRoute()) {
        continue;
      }
      builder =
          builder
              .method(routedMethod(route.method()))
              .intercept(
                  MethodCall.invoke(ROUTE)
                      .with(index++)
                      .withArgumentArray()
                      .withAssigner(Assigner.DEFAULT, Assigner.Typing.DYNAMIC));
    }
    return load(builder);
  }

  private Class<?> miss() {
    return load(forwarding(implementing(RuntimeMiss.class, "Miss"), MISS_REP, null));
  }

  /**
   * The guard forwards, under its lock, every method the miss object does and also the routed
   * {@code toString}, {@code equals} and {@code hashCode} of the contract: a gather visits the rep
   * through its guard. A method routed to the caller's own rep gets {@link GuardAdvice} (a retired
   * guard's call goes again through the handle); the others, which only visits reach, {@link
   * VisitGuardAdvice} (a retired guard refuses), as in the processor's guard.
   */
  private Class<?> guard() {
    Advice visit = Advice.to(VisitGuardAdvice.class);
    Advice perRep = Advice.to(GuardAdvice.class);
    DynamicType.Builder<?> builder =
        forwarding(implementing(RuntimeGuard.class, "Guard"), GUARD_REP, visit);
    for (MethodRoute route : model.methods()) {
      Advice advice = route.kind() == RouteKind.DISPATCH ? perRep : visit;
      if (ContractMethods.isObjectMethod(route.method())) {
        builder =
            builder
                .method(routedMethod(route.method()))
                .intercept(advice.wrap(new ForwardCall(GUARD_REP, contract, false)));
      } else if (route.kind() == RouteKind.DISPATCH) {
        // Registered after forwarding()'s, so it takes precedence for this method.
        boolean fluent = DefaultBodies.returnsHandle(contract, route.method(), contract);
        builder =
            builder
                .method(sameMethod(route.method()))
                .intercept(advice.wrap(new ForwardCall(GUARD_REP, contract, fluent)));
      }
    }
    return load(builder);
  }

  /**
   * {@code builder} forwarding every contract method to {@code rep} (see {@link ForwardCall}),
   * except the default methods whose body runs on the handle, which it does not implement; those
   * whose result may be the called entry itself return this object in its place.
   *
   * @param guard the advice around each call, or null
   */
  private DynamicType.Builder<?> forwarding(
      DynamicType.Builder<?> builder, MethodDescription rep, Advice guard) {
    ElementMatcher.Junction<MethodDescription> handleReturning = none();
    for (MethodRoute route : model.methods()) {
      boolean mayReturnRep =
          route.kind() == RouteKind.DISPATCH
              || route.kind() == RouteKind.GATHER && route.combiner() != null;
      if (mayReturnRep && DefaultBodies.returnsHandle(contract, route.method(), contract)) {
        handleReturning = handleReturning.or(sameMethod(route.method()));
      }
    }
    Implementation plain = new ForwardCall(rep, contract, false);
    Implementation fluent = new ForwardCall(rep, contract, true);
    return builder
        .method(contractMethods())
        .intercept(guard == null ? plain : guard.wrap(plain))
        .method(handleReturning)
        .intercept(guard == null ? fluent : guard.wrap(fluent));
  }

  /**
   * A public final subclass of {@code base} named for {@code role} that implements the contract.
   */
  private DynamicType.Builder<?> implementing(Class<?> base, String role) {
    return byteBuddy
        .subclass(base, ConstructorStrategy.Default.IMITATE_SUPER_CLASS_OPENING)
        .implement(contract)
        .name(name(role))
        .modifiers(Visibility.PUBLIC, TypeManifestation.FINAL);
  }

  /**
   * A subclass of the existing rep class that implements the contract: inherited public methods
   * implement the contract's of the same name, parameters and return type as they are; a method
   * returning a narrower type, or taking and returning the types a generic superinterface resolves
   * to ({@code Integer apply(String)} for {@code Function<String, Integer>}), is overridden to call
   * the inherited one, and ByteBuddy bridges the contract's erased method to the override; an
   * on-root method the class lacks throws {@link UnsupportedOperationException} (only a raw rep can
   * be asked: the dispatcher runs it on the root).
   */
  private Class<?> adapter() {
    Class<?> type = model.reps().type();
    DynamicType.Builder<?> builder =
        byteBuddy
            .subclass(type, ConstructorStrategy.Default.IMITATE_SUPER_CLASS_OPENING)
            .implement(contract)
            .name(name("RepAdapter"))
            .modifiers(Visibility.PUBLIC, TypeManifestation.FINAL);
    for (Method method : model.reps().adapted()) {
      Class<?>[] parameters = GenericTypes.parameterClasses(contract, method);
      Method inherited = RepChecks.repMethod(type, method, parameters);
      if (inherited == null) {
        throw new IllegalStateException("checked before: " + method);
      }
      builder =
          builder
              .method(named(method.getName()).and(takesArguments(inherited.getParameterTypes())))
              .intercept(
                  MethodCall.invoke(inherited)
                      .onSuper()
                      .withAllArguments()
                      .withAssigner(Assigner.DEFAULT, Assigner.Typing.DYNAMIC));
    }
    for (MethodRoute route : model.methods()) {
      Method method = route.method();
      if (route.kind() == RouteKind.ON_ROOT && !hasPublicMethod(type, method)) {
        // The dispatcher runs it on the root and never calls the rep; a caller holding a raw rep
        // (RepSet.reps) learns where it runs instead of meeting an AbstractMethodError.
        builder =
            builder
                .method(named(method.getName()).and(takesArguments(method.getParameterTypes())))
                .intercept(
                    ExceptionMethod.throwing(
                        UnsupportedOperationException.class,
                        method.getName()
                            + " is declared on-root: call it on the clustered object, which runs"
                            + " it on the root, not on a rep"));
      }
    }
    return load(builder);
  }

  private static boolean hasPublicMethod(Class<?> type, Method method) {
    try {
      return !Modifier.isStatic(
          type.getMethod(method.getName(), method.getParameterTypes()).getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private Class<?> load(DynamicType.Builder<?> builder) {
    try (DynamicType.Unloaded<?> unloaded = builder.make()) {
      return unloaded.load(parent, ClassLoadingStrategy.Default.WRAPPER).getLoaded();
    }
  }

  /**
   * Every method the contract routes (see {@link ContractMethods}), except the default methods
   * whose body runs on the handle: the generated classes leave those to the contract's body.
   */
  private ElementMatcher.Junction<MethodDescription> contractMethods() {
    ElementMatcher.Junction<MethodDescription> defaultBodies = none();
    for (MethodRoute route : model.methods()) {
      if (route.kind() == RouteKind.DEFAULT_BODY) {
        defaultBodies =
            defaultBodies.or(
                named(route.method().getName())
                    .and(takesArguments(route.method().getParameterTypes())));
      }
    }
    return isDeclaredBy(isInterface().and(isSuperTypeOf(contract)))
        .and(not(isStatic()))
        .and(not(isToString().or(isEquals()).or(isHashCode())))
        .and(not(defaultBodies));
  }

  /**
   * The method a route implements: a contract method, or a {@code toString}, {@code equals} or
   * {@code hashCode} the contract redeclares and the declaration routes (those are matched by
   * signature alone, as {@link Object} and the handle declare them too).
   */
  private ElementMatcher.Junction<MethodDescription> routedMethod(Method method) {
    return ContractMethods.isObjectMethod(method)
        ? named(method.getName()).and(takesArguments(method.getParameterTypes()))
        : sameMethod(method);
  }

  private ElementMatcher.Junction<MethodDescription> sameMethod(Method method) {
    return contractMethods()
        .and(named(method.getName()))
        .and(takesArguments(GenericTypes.parameterClasses(contract, method)));
  }

  /** {@code <package>.<Outer_Contract>_Runtime<role>}. */
  private String name(String role) {
    String packageName = contract.getPackageName();
    if (packageName.startsWith("java.") || packageName.isEmpty()) {
      packageName =
          "org.k42j.runtime.clustering.generated"
              + (packageName.isEmpty() ? "" : "." + packageName);
    }
    return packageName
        + "."
        + ReflectedNames.simple(contract).replace('.', '_')
        + "_Runtime"
        + role;
  }

  private static MethodHandle constructor(Class<?> type, Class<?>... parameters)
      throws ReflectiveOperationException {
    return MethodHandles.publicLookup()
        .findConstructor(type, MethodType.methodType(void.class, parameters));
  }

  private static MethodDescription base(Class<?> type, String name) {
    try {
      return new MethodDescription.ForLoadedMethod(type.getDeclaredMethod(name));
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}

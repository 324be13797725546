package org.k42j.runtime.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.k42j.annotations.Combiner;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.model.RouteKind;

/**
 * A run-time clustering declaration under construction; start one with {@link Clustering#of}. Each
 * method records one statement and returns this declaration; nothing is checked until {@link
 * #build()}, which checks everything at once and throws {@link InvalidDeclarationException} for the
 * first rule broken.
 *
 * <p>Methods are named by name and, when the contract overloads the name, parameter types: {@code
 * gather("size", Reduce.SUM)}, {@code broadcast("reset", int.class)}. Without parameter types the
 * name means the overload taking none, or the only method of that name.
 *
 * <p>The settings and their defaults are those of {@code @Rep}: {@link Policy#PER_PROCESSOR},
 * {@link Concurrency#EXCLUSIVE}, no cluster size.
 *
 * @param <C> the contract type
 * @param <R> the root object's type ({@code Void} until {@link #root} is called)
 */
public final class Declaration<C, R> {
  final Class<C> contract;
  final List<RouteRequest> routes = new ArrayList<>();
  final List<String> repStatements = new ArrayList<>();
  Function<Object, Object> repMaker;
  Class<?> repClass;
  Class<?> rootType;
  Function<RepSet<Object>, Object> rootMaker;
  boolean rootDeclared;
  Policy policy = Policy.PER_PROCESSOR;
  int clusterSize;
  Concurrency concurrency = Concurrency.EXCLUSIVE;
  boolean stateTransferDeclared;
  Class<?> stateRepType;
  Function<Object, Object> exportState;
  BiConsumer<Object, List<Object>> importState;
  final List<ClusterModel.Version> versions = new ArrayList<>();

  Declaration(Class<C> contract) {
    this.contract = contract;
  }

  /**
   * Reps are made by {@code maker}, called on a processor's first call (under the root's lock),
   * once per rep. A rep that extends no k42j class is any object implementing the contract, for
   * example a new instance of the existing locked class.
   */
  public Declaration<C, R> reps(Supplier<? extends C> maker) {
    repStatements.add("reps(Supplier)");
    repMaker = maker == null ? null : root -> maker.get();
    return this;
  }

  /**
   * Reps are made by {@code maker} from the root object (see {@link #root}), for reps that share
   * state through it.
   */
  @SuppressWarnings("unchecked")
  public Declaration<C, R> repsWithRoot(Function<? super R, ? extends C> maker) {
    repStatements.add("repsWithRoot(Function)");
    repMaker = maker == null ? null : root -> maker.apply((R) root);
    return this;
  }

  /**
   * Reps are instances of {@code existing}, made by its constructor taking the root object (when
   * the declaration has a root and the class has one) or taking nothing. When the class does not
   * implement the contract, a subclass generated at run time does, through the class's public
   * methods of the same names and parameters; the class must then be public and not final.
   */
  public Declaration<C, R> repClass(Class<?> existing) {
    repStatements.add(
        "repClass(" + (existing == null ? "null" : ReflectedNames.simple(existing)) + ")");
    repClass = existing;
    return this;
  }

  /**
   * The root object: state every rep shares, and the methods declared {@link #onRoot} run on. The
   * maker runs once per clustered object, at {@code create()}; it receives the object's rep set,
   * which the root may keep to reach the reps. {@code type} is the class of what it returns, whose
   * methods the declaration is checked against.
   */
  @SuppressWarnings("unchecked")
  public <T> Declaration<C, T> root(Class<T> type, Function<? super RepSet<C>, ? extends T> maker) {
    rootDeclared = true;
    rootType = type;
    rootMaker = maker == null ? null : reps -> maker.apply((RepSet<C>) (RepSet<?>) reps);
    return (Declaration<C, T>) this;
  }

  /** {@code method} visits every rep and folds the results with {@code reduce}. */
  public Declaration<C, R> gather(String method, Reduce reduce, Class<?>... parameterTypes) {
    routes.add(new RouteRequest(method, parameterTypes, RouteKind.GATHER, reduce, null, true));
    return this;
  }

  /**
   * {@code method} visits every rep and folds the results with one shared instance of {@code
   * combiner}, made at {@code build()} by its no-argument constructor: {@code identity()}, then
   * {@code combine(accumulated, next)} per rep.
   */
  @SuppressWarnings("rawtypes")
  public Declaration<C, R> gather(
      String method, Class<? extends Combiner> combiner, Class<?>... parameterTypes) {
    routes.add(
        new RouteRequest(method, parameterTypes, RouteKind.GATHER, Reduce.NONE, combiner, false));
    return this;
  }

  /** {@code method} (void) runs on every rep that exists. */
  public Declaration<C, R> broadcast(String method, Class<?>... parameterTypes) {
    routes.add(new RouteRequest(method, parameterTypes, RouteKind.BROADCAST, null, null, false));
    return this;
  }

  /**
   * {@code method} runs on the root object, on its public method with the same name and parameters.
   */
  public Declaration<C, R> onRoot(String method, Class<?>... parameterTypes) {
    routes.add(new RouteRequest(method, parameterTypes, RouteKind.ON_ROOT, null, null, false));
    return this;
  }

  /** How many reps serve the object and which processors share one. */
  public Declaration<C, R> policy(Policy policy) {
    this.policy = policy;
    return this;
  }

  /** Processors per rep under {@link Policy#PER_CLUSTER} (at least 2); unset under the others. */
  public Declaration<C, R> clusterSize(int processorsPerRep) {
    this.clusterSize = processorsPerRep;
    return this;
  }

  /**
   * Who may be inside a rep at once: {@link Concurrency#EXCLUSIVE} reps are entered by one thread
   * at a time (through a guard on plain JVM threads), {@link Concurrency#THREAD_SAFE} reps by any.
   */
  public Declaration<C, R> concurrency(Concurrency concurrency) {
    this.concurrency = concurrency;
    return this;
  }

  /**
   * How a rep's state moves when the object is hot swapped ({@code ClusteredObjects.hotSwap}): the
   * run-time form of {@code @ExportState} and {@code @ImportState}. During a swap every old rep's
   * state is exported, and each new rep imports the states of every old rep (a rep of a shared
   * policy takes all of them; it must merge them). Without it the object cannot be hot swapped.
   *
   * @param repType the class of the reps (the rep class, or what the rep maker returns)
   * @param exportState returns an old rep's state
   * @param importState gives a new rep every old rep's exported state
   */
  @SuppressWarnings("unchecked")
  public <P> Declaration<C, R> stateTransfer(
      Class<P> repType,
      Function<? super P, ?> exportState,
      BiConsumer<? super P, List<Object>> importState) {
    stateTransferDeclared = true;
    stateRepType = repType;
    this.exportState = exportState == null ? null : rep -> exportState.apply((P) rep);
    this.importState =
        importState == null ? null : (rep, states) -> importState.accept((P) rep, states);
    return this;
  }

  /**
   * Another rep class the object can be hot swapped to while it serves, and back ({@code
   * ClusteredObjects.hotSwap(handle, repClass, policy)}): the run-time form of {@code @RepVersion}.
   * Its reps are made by {@code maker}, run under the declaration's concurrency, and move their
   * state with {@code exportState} and {@code importState} exactly as the declaration's {@link
   * #stateTransfer} does (the states of either class are given to the other's import, so both must
   * export the same kind of state). Needs a {@link #stateTransfer}.
   *
   * @param repClass the version's rep class (implementing the contract), which a swap names
   * @param maker makes a rep of the version
   * @param exportState returns an old rep's state
   * @param importState gives a new rep every old rep's exported state
   */
  @SuppressWarnings("unchecked")
  public <V> Declaration<C, R> version(
      Class<V> repClass,
      Supplier<? extends V> maker,
      Function<? super V, ?> exportState,
      BiConsumer<? super V, List<Object>> importState) {
    versions.add(
        new ClusterModel.Version(
            repClass,
            (Supplier<Object>) maker,
            exportState == null ? null : rep -> exportState.apply((V) rep),
            importState == null ? null : (rep, states) -> importState.accept((V) rep, states)));
    return this;
  }

  /**
   * Checks the declaration and generates its classes.
   *
   * @throws InvalidDeclarationException naming the first rule the declaration breaks
   */
  public ClusteredType<C> build() {
    ClusterModel model = new DeclarationChecks(this).model();
    return new ClusteredType<>(model, new ClassWriter(model).write());
  }

  /** One routing statement, as written. */
  record RouteRequest(
      String name,
      Class<?>[] parameterTypes,
      RouteKind kind,
      Reduce reduce,
      Class<?> combiner,
      boolean byReduce) {}
}

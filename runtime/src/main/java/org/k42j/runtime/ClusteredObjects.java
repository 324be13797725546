package org.k42j.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import org.k42j.annotations.Policy;
import org.k42j.runtime.internal.Coids;
import org.k42j.runtime.internal.DispatcherBase;
import org.k42j.runtime.internal.RootCore;
import org.k42j.runtime.lifecycle.Interceptor;
import org.k42j.runtime.lifecycle.Interposition;

/**
 * The public entry points for clustered objects that are not tied to one contract: creating by
 * contract, destroying, COIDs and statistics.
 *
 * <pre>{@code
 * Counter counter = ClusteredObjects.create(Counter.class);  // or Counter_Factory.create()
 * Quota quota = ClusteredObjects.create(Quota.class, "acme", 10_000L);  // a root taking arguments
 * counter.increment();
 * RootStats stats = ClusteredObjects.stats(counter);
 * ClusteredObjects.destroy(counter);
 * }</pre>
 */
public final class ClusteredObjects {
  /** The dispatcher's public no-argument constructor, empty when no service entry lists one. */
  private static final ClassValue<Optional<MethodHandle>> CONSTRUCTORS =
      new ClassValue<>() {
        @Override
        protected Optional<MethodHandle> computeValue(Class<?> contract) {
          return findConstructor(contract);
        }
      };

  private static final String CONTRACT =
      "contract is null; pass the @ClusteredObject interface, e.g. Counter.class";
  private static final String HANDLE =
      "handle is null; pass the clustered object returned by its factory or"
          + " ClusteredObjects.create";

  private ClusteredObjects() {}

  /**
   * Creates a new clustered object for a public {@code @ClusteredObject} contract, through the
   * service entry the processor generated ({@code META-INF/services/<contract>}). A contract whose
   * {@code @Root} cannot be made without arguments has no service entry; then this is {@link
   * #create(Class, Object...)} with no arguments, which names the root's constructors.
   */
  public static <T> T create(Class<T> contract) {
    Objects.requireNonNull(contract, CONTRACT);
    Optional<MethodHandle> constructor = CONSTRUCTORS.get(contract);
    if (constructor.isEmpty()) {
      return contract.cast(FactoryCreates.create(contract, new Object[0]));
    }
    try {
      return contract.cast(constructor.get().invoke());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new ClusteredObjectException("creating " + contract.getName() + " failed", e);
    }
  }

  /**
   * Creates a new clustered object for a public contract whose {@code @Root} takes constructor
   * arguments: the processor generates one {@code <Contract>_Factory.create(...)} per non-private
   * constructor of the root, with the same parameters, and this calls the one {@code args} fit, as
   * Java would choose among them by the arguments' run-time types.
   *
   * <pre>{@code
   * // @Root class QuotaRoot extends Quota_RootBase { QuotaRoot(String tenant, long limit) {...} }
   * Quota quota = ClusteredObjects.create(Quota.class, "acme", 10_000L);
   * // the same as Quota_Factory.create("acme", 10_000L)
   * }</pre>
   *
   * <p>A primitive parameter takes its boxed value (or a boxed narrower primitive: an {@code
   * Integer} for a {@code long}), a reference parameter {@code null} or an instance, and a varargs
   * parameter either its elements or one array. A checked exception the root's constructor throws
   * arrives as the cause of a {@link ClusteredObjectException}; unchecked ones arrive as thrown.
   * Calling the factory directly is checked at compile time and declares the constructor's checked
   * exceptions, so prefer it wherever the contract is known.
   *
   * @throws RootArgumentsException when the arguments fit no constructor of the root, or fit
   *     several equally well ({@code create(int)} and {@code create(Integer)} for an {@code
   *     Integer}); the message lists the constructors
   * @throws MissingImplementationException when the contract has no public generated factory
   */
  public static <T> T create(Class<T> contract, Object... args) {
    Objects.requireNonNull(contract, CONTRACT);
    Objects.requireNonNull(
        args, "args is null; pass the root's constructor arguments, or none for create(contract)");
    if (!contract.isInterface()) {
      throw new MissingImplementationException(contract, "it is not an interface");
    }
    return contract.cast(FactoryCreates.create(contract, args));
  }

  /**
   * Destroys a clustered object: every call through its handle fails with {@link
   * ClusteredObjectDestroyedException} from now on; once every request ({@link
   * org.k42j.runtime.lifecycle.Requests}) running now has ended and every platform thread has been
   * seen outside the object (for calls made outside requests), each rep's cleanup (an exclusive
   * rep's under its guard) and then the root's run once, and the COID is released (reused only
   * under a new generation). Called outside a request this returns after the cleanups and throws if
   * one of them threw; called inside a request, which the cleanups must wait for, it returns at
   * once and they run after the request ends ({@link #cleanedUp(Object)}). Destroy each object
   * once: a second destroy throws {@link ClusteredObjectDestroyedException} ("already destroyed").
   */
  public static void destroy(Object handle) {
    Objects.requireNonNull(handle, HANDLE);
    core(handle).destroy();
  }

  /**
   * As {@link #destroy(Object)}, waiting at most {@code timeout} for the requests and calls that
   * started before it ({@link #destroy(Object)} waits at most {@code -Dk42j.lifecycle.timeout}, 60
   * s by default). While it waits long (past {@code -Dk42j.lifecycle.reportAfter}, 1 s) it logs a
   * warning ({@code System.Logger} {@code org.k42j.runtime.lifecycle}) and commits an {@code
   * org.k42j.LifecycleWait} Flight Recorder event naming the threads that hold it.
   *
   * @throws LifecycleTimeoutException when {@code timeout} passes first: the object refuses calls
   *     all the same, and its cleanup runs once those requests and calls end ({@link
   *     #cleanedUp(Object)})
   */
  public static void destroy(Object handle, Duration timeout) {
    Objects.requireNonNull(handle, HANDLE);
    Objects.requireNonNull(timeout, "timeout is null; pass how long the destroy may wait");
    core(handle).destroy(timeout);
  }

  /**
   * Completes when a destroyed object's cleanups have run (exceptionally, with a {@link
   * ClusteredObjectException}, when one threw); it never completes for a live object.
   */
  public static CompletableFuture<Void> cleanedUp(Object handle) {
    Objects.requireNonNull(handle, HANDLE);
    return core(handle).cleanedUp();
  }

  /**
   * Hot swaps a live clustered object to a new rep set under {@code policy} while other threads
   * keep calling it (K42's hot swap): calls in flight finish on the old reps, new calls wait
   * briefly and then run on the new ones, and the old reps' state moves to the new set through the
   * rep's {@code @ExportState} and {@code @ImportState} methods (every old rep exports; the new rep
   * of the calling thread's processor imports them all). Returns when the swap is complete. Calls
   * made inside requests ({@link org.k42j.runtime.lifecycle.Requests}), and calls made outside them
   * on platform threads, are drained exactly; virtual threads must call inside requests (see
   * docs/lifecycle.md).
   *
   * @throws ClusteredObjectException when the rep declares no state transfer, or the transfer threw
   *     (the object then keeps its old reps)
   * @throws IllegalStateException when called inside a request, which the swap would wait for
   * @throws ClusteredObjectDestroyedException when the object is or gets destroyed
   */
  public static void hotSwap(Object handle, Policy policy) {
    hotSwap(handle, policy, 0);
  }

  /**
   * As {@link #hotSwap(Object, Policy)}, for {@link Policy#PER_CLUSTER} with a cluster size.
   *
   * @throws IllegalArgumentException when {@code policy} is {@link Policy#PER_CLUSTER} and {@code
   *     clusterSize} is below 2, or {@code policy} is another policy and {@code clusterSize} is not
   *     0 (the processor and {@code build()} refuse the same combinations)
   */
  public static void hotSwap(Object handle, Policy policy, int clusterSize) {
    Objects.requireNonNull(handle, HANDLE);
    Objects.requireNonNull(policy, "policy is null; pass the rep policy to swap to");
    core(handle).hotSwap(policy, clusterSize);
  }

  /**
   * Hot swaps a live clustered object to reps of another class: {@code repClass} is one of the
   * contract's {@code @RepVersion} classes, or its {@code @Rep} class (to swap back), and the new
   * rep set runs under {@code policy}. As {@link #hotSwap(Object, Policy)} otherwise: the old reps'
   * state moves through their {@code @ExportState} into the new class's {@code @ImportState} (the
   * processor checks at compile time that both take the same state type), and the replaced reps are
   * cleaned up.
   *
   * @throws ClusteredObjectException when {@code repClass} is neither the contract's rep class nor
   *     a version of it, or the state transfer threw (the object then keeps its old reps)
   */
  public static void hotSwap(Object handle, Class<?> repClass, Policy policy) {
    hotSwap(handle, repClass, policy, 0);
  }

  /**
   * As {@link #hotSwap(Object, Class, Policy)}, for {@link Policy#PER_CLUSTER} with a size.
   *
   * @throws IllegalArgumentException as {@link #hotSwap(Object, Policy, int)} does
   */
  public static void hotSwap(Object handle, Class<?> repClass, Policy policy, int clusterSize) {
    Objects.requireNonNull(handle, HANDLE);
    Objects.requireNonNull(repClass, "repClass is null; pass the rep class to swap to");
    Objects.requireNonNull(policy, "policy is null; pass the rep policy to swap to");
    core(handle).hotSwap(repClass, policy, clusterSize);
  }

  /**
   * As {@link #hotSwap(Object, Policy, int)} (a {@code clusterSize} of 0 for every policy but
   * {@link Policy#PER_CLUSTER}), waiting at most {@code timeout} for the requests and calls that
   * started before it (the other forms wait at most {@code -Dk42j.lifecycle.timeout}, 60 s by
   * default), and reporting what holds it while it waits long, as {@link #destroy(Object,
   * Duration)} does.
   *
   * @throws LifecycleTimeoutException when {@code timeout} passes first: the swap is undone and the
   *     object keeps its old reps, which serve on
   */
  public static void hotSwap(Object handle, Policy policy, int clusterSize, Duration timeout) {
    Objects.requireNonNull(handle, HANDLE);
    Objects.requireNonNull(policy, "policy is null; pass the rep policy to swap to");
    Objects.requireNonNull(timeout, "timeout is null; pass how long the swap may wait");
    core(handle).hotSwap(policy, clusterSize, timeout);
  }

  /**
   * As {@link #hotSwap(Object, Class, Policy, int)}, within {@code timeout} as {@link
   * #hotSwap(Object, Policy, int, Duration)} is.
   */
  public static void hotSwap(
      Object handle, Class<?> repClass, Policy policy, int clusterSize, Duration timeout) {
    Objects.requireNonNull(handle, HANDLE);
    Objects.requireNonNull(repClass, "repClass is null; pass the rep class to swap to");
    Objects.requireNonNull(policy, "policy is null; pass the rep policy to swap to");
    Objects.requireNonNull(timeout, "timeout is null; pass how long the swap may wait");
    core(handle).hotSwap(repClass, policy, clusterSize, timeout);
  }

  /**
   * Gives up every rep an {@link Policy#ADAPTIVE} object grew under contention, moving their state
   * into one rep again (a hot swap to a fresh adaptive set, whose home is the old home). The object
   * grows again where contention shows. Throws as {@link #hotSwap(Object, Policy)} does, and when
   * the object is not adaptive.
   */
  public static void shrink(Object handle) {
    Objects.requireNonNull(handle, HANDLE);
    core(handle).shrink();
  }

  /**
   * Puts {@code interceptor} in front of every rep of a live clustered object (K42's
   * interposition): each processor's next call goes through it, until the returned {@link
   * Interposition} is closed. With no interceptor installed the object's calls cost nothing extra;
   * with one, each call is a reflective call through a proxy of the contract.
   */
  public static Interposition interpose(Object handle, Interceptor interceptor) {
    Objects.requireNonNull(handle, HANDLE);
    Objects.requireNonNull(
        interceptor, "interceptor is null; pass an Interceptor, e.g. new CallCounter()");
    RootCore<?> core = core(handle);
    Interception interception = new Interception(core, interceptor);
    core.addLayer(interception);
    return interception;
  }

  /** The core of the object behind {@code handle}, or a clear error when it is not a handle. */
  private static RootCore<?> core(Object handle) {
    return RootCore.of(DispatcherBase.rootOf(handle));
  }

  /** The COID of a clustered object. */
  public static Coid coid(Object handle) {
    Objects.requireNonNull(handle, HANDLE);
    return DispatcherBase.rootOf(handle).coid();
  }

  /** The live clustered object with this COID, or {@link StaleCoidException} if it is gone. */
  public static <T> T resolve(Coid coid, Class<T> contract) {
    Objects.requireNonNull(coid, "coid is null; pass a COID from ClusteredObjects.coid(handle)");
    Objects.requireNonNull(contract, CONTRACT);
    Object handle = Coids.resolve(coid).handle();
    if (!contract.isInstance(handle)) {
      throw new ClusteredObjectException(
          coid
              + " is a "
              + Coids.resolve(coid).contract()
              + ", not a "
              + contract.getName()
              + "; resolve it with its own contract");
    }
    return contract.cast(handle);
  }

  /** What the object's root has seen: reps, misses, growth. */
  public static RootStats stats(Object handle) {
    Objects.requireNonNull(handle, HANDLE);
    return DispatcherBase.rootOf(handle).stats();
  }

  /**
   * The public no-argument constructor of the dispatcher that the contract's service entry lists,
   * or empty when there is no entry (a root made from arguments, or a contract compiled without the
   * processor: {@link FactoryCreates} then says which).
   */
  private static Optional<MethodHandle> findConstructor(Class<?> contract) {
    if (!contract.isInterface()) {
      throw new MissingImplementationException(contract, "it is not an interface");
    }
    // On the module path the runtime must declare that it uses the contract as a service; it
    // cannot in module-info (the contract is the user's), so it does so here (a no-op on the
    // class path). A named user module lists its dispatcher with `provides`.
    ClusteredObjects.class.getModule().addUses(contract);
    Optional<ServiceLoader.Provider<?>> provider =
        ServiceLoader.load(contract, contract.getClassLoader()).stream()
            .filter(p -> DispatcherBase.class.isAssignableFrom(p.type()))
            .findFirst()
            .map(p -> p);
    if (provider.isEmpty()) {
      return Optional.empty();
    }
    Class<?> dispatcher = provider.get().type();
    try {
      return Optional.of(
          MethodHandles.publicLookup()
              .findConstructor(dispatcher, MethodType.methodType(void.class)));
    } catch (ReflectiveOperationException e) {
      throw new MissingImplementationException(
          contract, "its dispatcher " + dispatcher.getName() + " has no public constructor");
    }
  }
}

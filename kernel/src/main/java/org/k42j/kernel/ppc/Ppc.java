package org.k42j.kernel.ppc;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.NotOnUserThreadException;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.kernel.internal.KernelOnly;
import org.k42j.kernel.names.NameService;
import org.k42j.kernel.names.NameTypeException;

/**
 * The kernel's protected procedure calls ({@code kernel.ppc()}): a server address space exports
 * objects as {@code @Exported} interfaces, clients in other address spaces call them through
 * generated stubs. As in K42, a synchronous call runs on the caller's virtual processor, in the
 * server's address space, on the caller's own thread (LRPC's migrating thread): the thread moves
 * into the server's address space for the call and back, with no thread switch and no scheduler. An
 * {@code @Async} call runs on a server thread of the caller's processor; it has no reply and never
 * waits. A stub bound to another processor ({@link #onProcessor}) sends its calls there by message;
 * a stub made by {@link #withTimeout} bounds its synchronous calls.
 *
 * <pre>{@code
 * // the server
 * ObjectHandle handle = kernel.ppc().export(server, KeyValue.class, store);
 * kernel.ppc().register("kv", handle);
 * // a client, on a user-level thread
 * KeyValue kv = kernel.ppc().lookup("kv", KeyValue.class);
 * kv.put("k", 1);
 * }</pre>
 *
 * <ul>
 *   <li><b>Where calls run.</b> Each server address space has, on each processor a call comes from,
 *       a dispatcher in the PPC priority class ({@link #SERVER_PRIORITY}, above ordinary
 *       dispatchers), an admission bound ({@link PoolLimits}, {@link #limit}) on the calls inside
 *       it there, and a pool of server threads spawned on demand for asynchronous calls (and for
 *       synchronous ones of a server that asks for them, {@link #useServerThreads}). A migrated
 *       caller runs as a thread of that dispatcher. Each call runs as one {@code Requests} request,
 *       so quiescence (destruction, hot swapping) sees it. A server object that is a clustered
 *       object is called on the caller's processor, so the call lands on that processor's rep.
 *   <li><b>Values.</b> Arguments and results are copied by the generated stub and skeleton (see
 *       {@link ByValue}): neither side ever holds an object of the other. Exported objects travel
 *       as their {@link ObjectHandle}s and arrive as stubs.
 *   <li><b>Failures</b> arrive as {@link PpcException}s: the server threw ({@link
 *       PpcServerException}), the pool is exhausted ({@link PpcPoolExhaustedException}), the server
 *       exited ({@link ServerExitedException}: also every call queued or running when it exits),
 *       the stub's timeout passed ({@link PpcTimeoutException}), the handle is stale or forged, the
 *       method number is bad, the caller is no user-level thread. None leaves a client waiting
 *       forever but for a server method that never returns on a stub without a timeout.
 * </ul>
 *
 * <p>Over 500 lines: this is the facility's whole public API (exports, stubs and their routes,
 * names, limits, counters), each method documented; the call paths are {@link MigratingPath} and
 * {@link ThreadPath}, the counts {@link PpcCounters}.
 *
 * <p>Invariants: the export table is the only shared state a call reads besides its stub's {@link
 * Export} and the server's exit reason (volatile); everything a call changes is its processor's
 * pool and the call itself, both confined to the caller's processor ({@link ServerPool}). {@code
 * closed} only moves to true, when the kernel shuts down.
 */
public final class Ppc {
  /**
   * The priority of the server dispatchers that run PPCs: above every ordinary dispatcher, so that,
   * as K42 hands the processor straight to the server, a server thread runs before the caller's
   * other threads.
   */
  public static final int SERVER_PRIORITY = 1 << 20;

  private final int processors;
  private final NameService names;
  private final ExportTable exports = new ExportTable();
  private final BindingRegistry bindings = new BindingRegistry();
  private final Map<Class<?>, Skeleton<Object>> skeletons = new ConcurrentHashMap<>();
  private final Map<AddressSpace, ServerSpace> servers = new ConcurrentHashMap<>();
  private final PpcCounters counters = new PpcCounters();
  private final MigratingPath migrating = new MigratingPath(this);
  private final ThreadPath threaded = new ThreadPath(this);
  private volatile boolean closed;

  /**
   * The PPC facility of a kernel with {@code processors} virtual processors, registering names in
   * {@code names}. Only the kernel makes it, at boot ({@link KernelOnly}): use {@code
   * kernel.ppc()}.
   */
  public Ppc(int processors, NameService names, KernelOnly access) {
    Objects.requireNonNull(access, "access");
    if (processors < 1) {
      throw new IllegalArgumentException("processors " + processors + " < 1");
    }
    this.processors = processors;
    this.names = Objects.requireNonNull(names, "names");
  }

  /**
   * Exports {@code target} from address space {@code server} as the {@code @Exported} interface
   * {@code exported} and returns its handle; exporting the same object again as the same interface
   * from the same server returns the same handle. Callable from any thread.
   *
   * @throws NotExportableException if {@code exported} has no generated binding, or {@code target}
   *     does not implement it
   * @throws ServerExitedException if {@code server} has exited
   */
  public <T> ObjectHandle export(AddressSpace server, Class<T> exported, T target) {
    Objects.requireNonNull(server, "server: the address space that serves the object");
    Objects.requireNonNull(exported, "exported: the @Exported interface");
    Objects.requireNonNull(target, "target: the object to export");
    if (!exported.isInstance(target)) {
      throw new NotExportableException(
          target.getClass().getName()
              + " does not implement "
              + exported.getName()
              + "; export it as an interface it implements");
    }
    Skeleton<Object> skeleton = skeletonOf(exported);
    ServerSpace serverSpace = serverOf(server);
    Export export = exports.add(serverSpace, exported, target, skeleton);
    String exit = serverSpace.exitReason();
    if (exit != null) {
      try {
        exports.revoke(export.handle);
      } catch (StaleHandleException revokedByTheExit) {
        // the exit's revocation of every export of the server came first
      }
      throw new ServerExitedException(export.handle, exit);
    }
    return export.handle;
  }

  /**
   * A stub of type {@code exported} calling the object {@code handle} names. Callable from any
   * thread (calls through the stub need a user-level thread).
   *
   * @throws HandleTypeException if the handle's object is exported as an interface that is not
   *     {@code exported} nor extends it (an object exported as a subinterface binds as its own
   *     stub, which implements {@code exported})
   * @throws StaleHandleException if the object was revoked
   * @throws ServerExitedException if the object's server exited
   * @throws ForgedHandleException if the kernel never issued the handle
   */
  public <T> T bind(ObjectHandle handle, Class<T> exported) {
    Objects.requireNonNull(handle, "handle");
    Objects.requireNonNull(exported, "exported");
    if (handle.exported().equals(exported.getName())) {
      return bindings.find(exported).stub(handle, this);
    }
    // an object exported as a subinterface is one of {@code exported} too: its own stub serves
    Class<?> actual = exportedAsSubtype(handle, exported);
    if (actual == null) {
      throw new HandleTypeException(handle, exported);
    }
    return exported.cast(bindings.find(actual).stub(handle, this));
  }

  /**
   * The interface {@code handle}'s object is exported as, when it extends {@code exported}; null
   * when it does not.
   *
   * @throws StaleHandleException if the object was revoked
   * @throws ForgedHandleException if the kernel never issued the handle
   */
  private Class<?> exportedAsSubtype(ObjectHandle handle, Class<?> exported) {
    Class<?> actual = exports.resolve(handle).exported;
    return exported.isInterface() && exported.isAssignableFrom(actual) ? actual : null;
  }

  /**
   * The handle of {@code exportedOrStub}: a stub's own handle, or the handle under which the object
   * was exported.
   *
   * @throws NotExportedException if the object was never exported (or was revoked), or was exported
   *     as several interfaces (use {@link #handleOf(Object, Class)})
   */
  public ObjectHandle handleOf(Object exportedOrStub) {
    Objects.requireNonNull(exportedOrStub, "exportedOrStub");
    if (exportedOrStub instanceof RemoteObject remote) {
      return remote.handle();
    }
    List<Export> found = exports.exportsOf(exportedOrStub);
    if (found.size() == 1) {
      return found.get(0).handle;
    }
    throw new NotExportedException(
        found.isEmpty()
            ? describe(exportedOrStub)
                + " was never exported (or was revoked); export it with"
                + " Ppc.export(server, Interface.class, object) first"
            : describe(exportedOrStub)
                + " is exported as "
                + found.size()
                + " interfaces; say"
                + " which with handleOf(object, Interface.class)");
  }

  /**
   * The handle of {@code exportedOrStub} as the interface {@code exported}: generated code passes
   * an argument or result of an exported type this way.
   *
   * @throws NotExportedException if the object was never exported as {@code exported} (nor as an
   *     interface extending it)
   * @throws HandleTypeException if it is a stub of another interface
   */
  public ObjectHandle handleOf(Object exportedOrStub, Class<?> exported) {
    Objects.requireNonNull(exportedOrStub, "exportedOrStub");
    Objects.requireNonNull(exported, "exported");
    if (exportedOrStub instanceof RemoteObject remote) {
      ObjectHandle handle = remote.handle();
      if (!exported.isInterface() || !exported.isInstance(remote)) { // or a subinterface's stub
        throw new HandleTypeException(handle, exported);
      }
      return handle;
    }
    List<Export> found = exports.exportsOf(exportedOrStub);
    for (Export export : found) {
      if (export.exported == exported) {
        return export.handle;
      }
    }
    for (Export export : found) { // exported as a subinterface only: that export serves
      if (exported.isInterface() && exported.isAssignableFrom(export.exported)) {
        return export.handle;
      }
    }
    throw new NotExportedException(
        describe(exportedOrStub)
            + " was never exported as "
            + exported.getName()
            + " (or was revoked); export it with Ppc.export(server, "
            + exported.getSimpleName()
            + ".class, object) first");
  }

  private static String describe(Object object) {
    return "the " + object.getClass().getName() + " " + object;
  }

  /**
   * Revokes the object {@code handle} names: from now on its stubs' calls and binds of its handle
   * fail with {@link StaleHandleException} (calls already running finish). Callable from any
   * thread.
   */
  public void revoke(ObjectHandle handle) {
    exports.revoke(Objects.requireNonNull(handle, "handle"));
  }

  /**
   * Sets the pool limits of {@code server} on every processor: the pools made already apply them
   * from their next call on (server threads above a lowered limit stay and serve; none is spawned
   * until the pool is below it), the pools made later from the start.
   */
  public void limit(AddressSpace server, PoolLimits limits) {
    serverOf(server).limit(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Binds {@code name} to {@code handle} in the kernel's name service; the name is removed when the
   * handle's server exits.
   *
   * @throws org.k42j.kernel.names.NameTakenException if the name is bound
   */
  public void register(String name, ObjectHandle handle) {
    Export export = exports.resolve(Objects.requireNonNull(handle, "handle"));
    names.register(name, handle);
    export.server.addName(name, handle);
    if (export.server.exitReason() != null) {
      names.unregister(name, handle);
    }
  }

  /**
   * A stub of the exported object bound to {@code name}, or null when the name is not bound. Call
   * it from a virtual processor (the name service reads the caller's node replica).
   *
   * @throws NameTypeException if the name is bound to something else than a handle of {@code
   *     exported}
   */
  public <T> T lookup(String name, Class<T> exported) {
    Object value = names.lookup(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof ObjectHandle handle)) {
      throw new NameTypeException(
          "name \""
              + name
              + "\" is bound to a "
              + value.getClass().getName()
              + ", not an exported object's handle; look it up with names().lookup");
    }
    if (!handle.exported().equals(exported.getName())
        && exportedAsSubtype(handle, exported) == null) {
      throw new NameTypeException(
          "name \""
              + name
              + "\" is bound to an object exported as "
              + handle.exported()
              + ", not "
              + exported.getName()
              + "; look it up as "
              + handle.exported());
    }
    return bind(handle, exported);
  }

  /** The number of server threads {@code server} has on {@code processor} now. */
  public int serverThreads(AddressSpace server, int processor) {
    ServerSpace space = servers.get(server);
    return space == null ? 0 : space.threads(processor);
  }

  /** How many asynchronous calls threw on the server (no client hears of them otherwise). */
  public long asyncFailures() {
    return counters.asyncFailures();
  }

  /** The last few asynchronous calls that threw, described. */
  public List<String> recentAsyncFailures() {
    return counters.recentAsyncFailures();
  }

  /** How many asynchronous calls were queued when their server exited, and so never ran. */
  public long droppedAsyncCalls() {
    return counters.droppedAsyncCalls();
  }

  /**
   * A stub of the same interface and object as {@code stub} whose synchronous calls fail with
   * {@link PpcTimeoutException} once {@code timeout} has passed since they began; the result that
   * comes after is dropped and counted ({@link #lateResults}). On the migrating path the server's
   * code runs on the caller's thread, so the call ends at the code's first kernel call after the
   * deadline (a blocked server method is woken for it: it gets {@code ThreadCancelledException},
   * which the call turns into the timeout) or, when the code computes past the deadline without
   * one, as it returns. On a server thread or by message the caller is released at the deadline.
   * Asynchronous calls are not bounded (they never wait). The new stub keeps {@code stub}'s
   * processor ({@link #onProcessor}).
   *
   * @throws IllegalArgumentException if {@code stub} is no generated stub, or the timeout is not
   *     positive
   */
  public static <T> T withTimeout(T stub, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a PPC timeout must be positive, not " + timeout);
    }
    Stub original = stubOf(stub, "Ppc.withTimeout");
    Stub.Route route = original.route();
    long nanos = timeout.toNanos();
    return rebind(stub, new Stub.Route(route == null ? -1 : route.processor(), nanos));
  }

  /**
   * A stub of the same interface and object as {@code stub} whose calls go by message to a server
   * thread on {@code processor} (through a mailbox of the server's there: the seed's "clients can
   * call its methods via messages"), from any processor the caller is on: a synchronous call waits
   * (parked) for the reply, an {@code @Async} one never waits. Values are copied and handles pass
   * as for a PPC, failures arrive by the same names; the server's admission bound on {@code
   * processor} applies, and a full mailbox refuses the call ({@link PpcPoolExhaustedException}).
   * The new stub keeps {@code stub}'s timeout.
   *
   * @throws IllegalArgumentException if {@code stub} is no generated stub, or {@code processor} is
   *     not one of the kernel's
   */
  public static <T> T onProcessor(T stub, int processor) {
    Stub original = stubOf(stub, "Ppc.onProcessor");
    if (processor < 0 || processor >= original.ppc().processors) {
      throw new IllegalArgumentException(
          "processor "
              + processor
              + " is not one of the kernel's 0.."
              + (original.ppc().processors - 1));
    }
    Stub.Route route = original.route();
    return rebind(stub, new Stub.Route(processor, route == null ? 0 : route.timeoutNanos()));
  }

  private static Stub stubOf(Object stub, String what) {
    Objects.requireNonNull(stub, "stub");
    if (!(stub instanceof Stub generated)) {
      throw new IllegalArgumentException(
          what
              + " takes a stub made by the kernel (ppc.bind or ppc.lookup), not a "
              + stub.getClass().getName());
    }
    return generated;
  }

  private static <T> T rebind(T stub, Stub.Route route) {
    Stub original = (Stub) stub;
    Ppc ppc = original.ppc();
    Object made = ppc.bindings.find(original.export().exported).stub(original.handle(), ppc);
    if (!(made instanceof Stub copy) || made.getClass() != original.getClass()) {
      throw new IllegalArgumentException(
          original + " is not the stub its binding makes; recompile it with the k42j processor");
    }
    copy.route(route);
    @SuppressWarnings("unchecked") // the same generated class as stub's
    T typed = (T) copy;
    return typed;
  }

  /**
   * Whether {@code server}'s synchronous calls run on server threads of its own (as asynchronous
   * calls do) instead of on the callers' migrated threads: for a server whose code must not run on
   * its clients' threads. It costs two thread switches per call (see docs/ppc.md); the admission
   * bound is the same. Applies from the next call on.
   */
  public void useServerThreads(AddressSpace server, boolean use) {
    serverOf(server).useServerThreads(use);
  }

  /** The calls inside {@code server} on {@code processor} now, migrated or on server threads. */
  public int activeCalls(AddressSpace server, int processor) {
    ServerSpace space = servers.get(server);
    return space == null ? 0 : space.inside(processor);
  }

  /** How many synchronous calls failed with {@link PpcTimeoutException}. */
  public long timeouts() {
    return counters.timeouts();
  }

  /**
   * How many results (or server exceptions) came back after their call had timed out, and were
   * dropped.
   */
  public long lateResults() {
    return counters.lateResults();
  }

  /**
   * Stops every server: the calls queued or running fail with {@link ServerExitedException}, idle
   * server threads end. The kernel calls it when it shuts down, before it waits for threads.
   */
  public void shutdown() {
    closed = true;
    for (ServerSpace server : servers.values()) {
      server.close("the kernel is shutting down");
    }
  }

  // ---- what stubs call (package-private) ----

  Export resolve(ObjectHandle handle) {
    return exports.resolve(handle);
  }

  MigratedCall enter(Export export, int method, long timeoutNanos) {
    return migrating.enter(export, method, timeoutNanos);
  }

  void leave(MigratedCall call) {
    migrating.leave(call);
  }

  RuntimeException failed(MigratedCall call, Throwable thrown) {
    return migrating.failed(call, thrown);
  }

  Object call(Export export, int method, Object[] args, long timeoutNanos) {
    return threaded.call(export, method, args, timeoutNanos);
  }

  void send(Export export, int method, Object[] args) {
    threaded.send(export, method, args);
  }

  Object callByMessage(Export export, int method, Object[] args, Stub.Route route) {
    return threaded.callByMessage(export, method, args, route);
  }

  void sendByMessage(Export export, int method, Object[] args, Stub.Route route) {
    threaded.sendByMessage(export, method, args, route);
  }

  PpcCounters counters() {
    return counters;
  }

  static UThread caller(Export export, String what) {
    try {
      return UThread.current();
    } catch (NotOnUserThreadException notOne) {
      throw new CallerNotOnUserThreadException(what + " to " + export.handle);
    }
  }

  /** In the caller's context: checks the call and returns the server's pool on its processor. */
  ServerPool poolFor(Export export, int method, UThread caller) {
    check(export, method);
    return export.server.pool(caller.dispatcher().processor(), export);
  }

  /** Checks that the call can be made: the server serves, the object is exported, the method is. */
  void check(Export export, int method) {
    String exit = export.server.exitReason(); // before revoked: an exit revokes every export
    if (exit != null) {
      throw new ServerExitedException(export.handle, exit);
    }
    if (export.revoked) {
      throw new StaleHandleException(export.handle, "its object was revoked");
    }
    if (method < 0 || method >= export.skeleton.methodCount()) {
      throw new BadMethodException(
          export.exported.getName(), method, export.skeleton.methodCount());
    }
    if (closed) {
      throw new ServerExitedException(export.handle, "the kernel is shutting down");
    }
  }

  private Skeleton<Object> skeletonOf(Class<?> exported) {
    return skeletons.computeIfAbsent(
        exported,
        type -> {
          @SuppressWarnings("unchecked")
          Skeleton<Object> skeleton = (Skeleton<Object>) bindings.find(type).skeleton();
          if (skeleton.exported() != type) {
            throw new NotExportableException(
                "the binding of "
                    + type.getName()
                    + " made a skeleton for "
                    + skeleton.exported().getName()
                    + "; recompile it with the k42j processor");
          }
          skeleton.attach(this);
          return skeleton;
        });
  }

  private ServerSpace serverOf(AddressSpace server) {
    Objects.requireNonNull(server, "server");
    ServerSpace known = servers.get(server);
    if (known != null) {
      return known;
    }
    ServerSpace created = new ServerSpace(server, this, processors);
    ServerSpace raced = servers.putIfAbsent(server, created);
    if (raced != null) {
      return raced;
    }
    server.onExit(() -> exited(created));
    if (closed) {
      created.close("the kernel is shutting down");
    }
    return created;
  }

  /**
   * The server's address space exited: stop serving, revoke its exports (so the table neither keeps
   * its objects nor their slots; stubs made before fail with {@link ServerExitedException}, which
   * {@code close} makes their calls read before the revocation), forget its names.
   */
  private void exited(ServerSpace server) {
    String reason = "its address space " + server + " exited";
    server.close(reason);
    exports.revokeAll(server, server.exitReason()); // the kernel's shutdown may have closed it
    for (Map.Entry<String, ObjectHandle> name : server.takeNames()) {
      names.unregister(name.getKey(), name.getValue());
    }
  }
}

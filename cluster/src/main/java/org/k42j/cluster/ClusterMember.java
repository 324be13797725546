package org.k42j.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.k42j.runtime.internal.Broadcasts;

/**
 * This JVM's membership in a cluster of JVMs that share clustered objects: an embedded Hazelcast
 * member and the clustered objects bound in it ({@link ClusterBinding}, one per name). Generated
 * {@code <Contract>_Cluster.of(member, name)} binds a name; {@link #destroy} destroys a name on
 * every member; {@link #leave()} hands this member's rep state on and leaves; {@link #terminate()}
 * stops at once, as a crash does.
 *
 * <p>Invariants: {@code lock} orders leaving against adopting and binding, so a member that has
 * started to leave adopts nothing more and binds nothing more, and every part it holds when it
 * starts is handed on. Bindings are only added (and marked destroyed or left, never removed) while
 * the member is in the cluster. The Hazelcast instance is set once, before any binding exists.
 */
public final class ClusterMember implements AutoCloseable {
  /** The map of every clustered object's root entry, by name. */
  public static final String ROOTS = "k42j.roots";

  /** The executor that runs the member-local parts of cluster-wide calls. */
  static final String EXECUTOR = "k42j.calls";

  private static final String CONTEXT_KEY = ClusterMember.class.getName();

  /**
   * The configuration of the {@link #ROOTS} map, which a member's configuration must carry (as
   * {@link LoopbackConfig}'s does): one synchronous backup of each entry, so a member's crash loses
   * no root state; entries kept as objects on their owner, so a root call runs the root method on
   * the stored root without reading it back from its serialized form (the backup still gets it
   * serialized).
   */
  public static MapConfig rootsMapConfig() {
    return new MapConfig(ROOTS).setBackupCount(1).setInMemoryFormat(InMemoryFormat.OBJECT);
  }

  private final Object lock = new Object();
  private final ConcurrentMap<String, ClusterBinding<?>> bindings = new ConcurrentHashMap<>();
  private volatile HazelcastInstance hazelcast;
  private volatile boolean leaving;
  private volatile Duration callTimeout = Duration.ofSeconds(30);

  private ClusterMember() {}

  /**
   * Starts a Hazelcast member from {@code config} (build it with {@link LoopbackConfig}, or keep
   * its user context) and makes it a k42j cluster member.
   */
  public static ClusterMember start(Config config) {
    ClusterMember member = new ClusterMember();
    // Before the instance starts, so a call that reaches it early finds its member.
    config.getUserContext().put(CONTEXT_KEY, member);
    member.hazelcast = Hazelcast.newHazelcastInstance(config);
    return member;
  }

  /** A member of {@code clusterName} on 127.0.0.1 only ({@link LoopbackConfig#member(String)}). */
  public static ClusterMember startOnLoopback(String clusterName) {
    return start(LoopbackConfig.member(clusterName));
  }

  /** The k42j member of a Hazelcast instance started by {@link #start}. */
  public static ClusterMember of(HazelcastInstance hazelcast) {
    Object member = hazelcast.getUserContext().get(CONTEXT_KEY);
    if (member == null) {
      throw new ClusterException(
          hazelcast.getName()
              + " is not a k42j cluster member; start members with ClusterMember.start, which"
              + " registers them in their user context");
    }
    return (ClusterMember) member;
  }

  /** The embedded Hazelcast member. */
  public HazelcastInstance hazelcast() {
    return hazelcast;
  }

  /** How long a cluster-wide call, a root call or a hand-over waits at most (30 s unless set). */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** Sets {@link #callTimeout()}. */
  public ClusterMember callTimeout(Duration timeout) {
    this.callTimeout = timeout;
    return this;
  }

  /**
   * This member's binding of {@code name}: made on the first call (the member's miss, one level
   * up), which registers the name cluster-wide with the cluster's first copy of the root if no
   * member did so before.
   *
   * @throws ClusterObjectDestroyedException if the name was destroyed cluster-wide
   * @throws ClusterException if the name is bound to another contract
   * @throws MemberNotActiveException if this member has left or is leaving
   */
  @SuppressWarnings("unchecked")
  public <T> ClusterBinding<T> bind(String name, ClusterSide<T> side) {
    ClusterBinding<?> existing = bindings.get(name);
    if (existing == null) {
      synchronized (lock) {
        checkActive("bind \"" + name + "\"");
        existing = bindings.get(name);
        if (existing == null) {
          register(name, side);
          existing = new ClusterBinding<>(this, name, side);
          bindings.put(name, existing);
        }
      }
    }
    if (!existing.side().contract().equals(side.contract())) {
      throw mismatch(name, existing.side().contract(), side.contract());
    }
    if (existing.destroyed()) {
      throw new ClusterObjectDestroyedException(name, side.contract());
    }
    return (ClusterBinding<T>) existing;
  }

  /**
   * Destroys the clustered object {@code name} on every member: its root entry is marked destroyed
   * (so no member binds it again), then each member destroys its local objects (each waiting until
   * no call is inside it and its reps' cleanup has run). Later calls through any handle of it throw
   * {@link ClusterObjectDestroyedException}, or the runtime's {@code
   * ClusteredObjectDestroyedException} for per-rep and root calls.
   */
  public void destroy(String name) {
    checkActive("destroy \"" + name + "\"");
    IMap<String, RootEntry> roots = roots();
    Object previous =
        await(
            roots.submitToKey(name, new MarkDestroyed()).toCompletableFuture(),
            "destroy \"" + name + "\"");
    if (Boolean.FALSE.equals(previous)) {
      throw new ClusterException(
          "no clustered object named \"" + name + "\" was ever bound in this cluster");
    }
    Map<Member, Future<Object>> answers = executor().submitToAllMembers(new DestroyLocal(name));
    collect(answers, "destroy \"" + name + "\"", null);
  }

  /**
   * Leaves the cluster gracefully: each local object (and each one this member adopted) is
   * destroyed, waiting until no call is inside it, and its reps' exported states are handed to
   * another member, which makes a new local object of them; then the Hazelcast member shuts down,
   * handing its partitions (the roots' entries among them) to the others. So a graceful scale-down
   * loses nothing. Stop this member's callers first: calls through its handles fail from now on.
   * The last member to leave has no one to hand its state to: it is dropped, with the cluster.
   */
  public void leave() {
    synchronized (lock) {
      if (leaving) {
        return;
      }
      leaving = true;
    }
    try {
      for (ClusterBinding<?> binding : bindings.values()) {
        handOn(binding);
      }
    } finally {
      hazelcast.shutdown();
    }
  }

  /** Stops this member at once, as a crash does: nothing is handed on. For tests and demos. */
  public void terminate() {
    leaving = true;
    hazelcast.getLifecycleService().terminate();
  }

  /** {@link #leave()}, if the member is still running. */
  @Override
  public void close() {
    if (!leaving && hazelcast.getLifecycleService().isRunning()) {
      leave();
    }
  }

  // --- for the bindings and the tasks ------------------------------------------------------------

  List<Object> onEveryMember(String name, ClusterSide<?> side, int method, Object[] args) {
    checkActive("a cluster-wide call on \"" + name + "\"");
    Set<Member> others = new HashSet<>(hazelcast.getCluster().getMembers());
    others.remove(hazelcast.getCluster().getLocalMember());
    Map<Member, Future<Object>> answers =
        others.isEmpty()
            ? Map.of()
            : executor().submitToMembers(new MemberCall(name, side, method, args), others);
    // This member's part runs here, in the caller's thread, while the others' are on their way.
    Map<Member, Future<Object>> all = new LinkedHashMap<>(answers);
    all.put(hazelcast.getCluster().getLocalMember(), answerHere(name, side, method, args));
    List<Object> results = new ArrayList<>(all.size());
    collect(all, "\"" + name + "\" (" + side.contract() + ")", results);
    return results;
  }

  /** This member's answer, computed now, as a completed future (failed if the part threw). */
  private Future<Object> answerHere(String name, ClusterSide<?> side, int method, Object[] args) {
    CompletableFuture<Object> answer = new CompletableFuture<>();
    try {
      answer.complete(answer(name, side, method, args));
    } catch (Exception e) {
      answer.completeExceptionally(e);
    }
    return answer;
  }

  Object callRoot(String name, RootCall call) {
    checkActive("a root call on \"" + name + "\"");
    return await(
        roots().submitToKey(name, call).toCompletableFuture(), "a root call on \"" + name + "\"");
  }

  /** This member's answer to a cluster-wide call on {@code name}. */
  Object answer(String name, ClusterSide<?> side, int method, Object[] args) throws Exception {
    ClusterBinding<?> binding = bindings.get(name);
    if (binding == null) {
      // Never called here: no reps, so the fold of no part (its identity, or nothing).
      return side.onMember(List.of(), method, args);
    }
    return binding.answer(method, args);
  }

  /** Takes in the rep states a leaving member handed on, as a new local object of {@code name}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  void adopt(String name, ClusterSide side, List<Object> states) {
    synchronized (lock) {
      checkActive("take the state of \"" + name + "\" from a leaving member");
      ClusterBinding binding = bind(name, side);
      binding.adopt(side.adopt(binding, states));
    }
  }

  /** Destroys the local objects of {@code name}, destroyed cluster-wide. */
  void destroyLocal(String name) {
    synchronized (lock) {
      ClusterBinding<?> binding = bindings.get(name);
      if (binding != null) {
        binding.destroyLocal();
      }
    }
  }

  // --- inside
  // -------------------------------------------------------------------------------------

  private void handOn(ClusterBinding<?> binding) {
    List<Object> states = binding.handOn();
    if (states.isEmpty()) {
      return;
    }
    String what = "hand the state of \"" + binding.name() + "\" on";
    List<ClusterException> refusals = new ArrayList<>();
    for (Member target : hazelcast.getCluster().getMembers()) {
      if (target.localMember()) {
        continue;
      }
      try {
        await(
            executor().submitToMember(new Adopt(binding.name(), binding.side(), states), target),
            what);
        return;
      } catch (ClusterException refused) {
        refusals.add(refused); // that member left or is leaving too: try the next
      } catch (RuntimeException gone) {
        if (!RemoteFailures.memberGone(gone)) {
          throw gone;
        }
      }
    }
    ClusterException none =
        new ClusterException(
            "could not "
                + what
                + ": no other member took it (every other member left or is leaving); its state is"
                + " dropped with this member");
    refusals.forEach(none::addSuppressed);
    if (hazelcast.getCluster().getMembers().size() > 1) {
      throw none;
    }
    // The last member: nothing to hand on to, as leave() says.
  }

  private void register(String name, ClusterSide<?> side) {
    RootEntry fresh = new RootEntry(side.contract(), side.newRootState(), false);
    RootEntry present = roots().putIfAbsent(name, fresh);
    if (present != null) {
      if (present.destroyed()) {
        throw new ClusterObjectDestroyedException(name, present.contract());
      }
      if (!present.contract().equals(side.contract())) {
        throw mismatch(name, present.contract(), side.contract());
      }
    }
  }

  private static ClusterException mismatch(String name, String bound, String asked) {
    return new ClusterException(
        "\""
            + name
            + "\" is bound to "
            + bound
            + " in this cluster, not to "
            + asked
            + "; a name is one clustered object of one contract: use another name");
  }

  /**
   * Waits for every member's answer, adding each to {@code results} (when not null). A member that
   * left or crashed before answering is left out; what a member's part threw is thrown here, after
   * every member answered, the later failures suppressed in the first.
   */
  private void collect(Map<Member, Future<Object>> answers, String what, List<Object> results) {
    long deadline = System.nanoTime() + callTimeout.toNanos();
    Throwable failure = null;
    for (Future<Object> answer : answers.values()) {
      try {
        Object result = answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (results != null) {
          results.add(result);
        }
      } catch (ExecutionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (!RemoteFailures.memberGone(cause)) {
          failure = Broadcasts.failure(failure, RemoteFailures.unwrap(cause));
        }
      } catch (TimeoutException e) {
        failure = Broadcasts.failure(failure, timedOut(what, e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ClusterException("interrupted while waiting for " + what, e);
      }
    }
    if (failure != null) {
      throw Broadcasts.rethrow(failure);
    }
  }

  private Object await(Future<?> future, String what) {
    try {
      return future.get(callTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      throw Broadcasts.rethrow(RemoteFailures.unwrap(e.getCause() == null ? e : e.getCause()));
    } catch (TimeoutException e) {
      throw timedOut(what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClusterException("interrupted while waiting for " + what, e);
    }
  }

  private ClusterTimeoutException timedOut(String what, Throwable cause) {
    return new ClusterTimeoutException(
        what
            + " did not finish within "
            + callTimeout.toMillis()
            + " ms; a member may be overloaded or unreachable: retry, or raise"
            + " ClusterMember.callTimeout",
        cause);
  }

  private void checkActive(String what) {
    if (leaving) {
      throw new MemberNotActiveException("cannot " + what);
    }
  }

  private IMap<String, RootEntry> roots() {
    return hazelcast.getMap(ROOTS);
  }

  private IExecutorService executor() {
    return hazelcast.getExecutorService(EXECUTOR);
  }
}

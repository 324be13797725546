package org.k42j.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.k42j.runtime.ClusteredObjects;

/**
 * One clustered object's presence in one member: the member-local clustered object that serves the
 * member's calls (made when the member first binds the name), the objects it adopted from members
 * that left gracefully, and the way to the rest of the cluster. Generated {@code
 * <Contract>_Cluster} handles route through it; users hold the handle, not this.
 *
 * <p>Invariants: {@code local} never changes. Adopted objects are only added, by {@link
 * ClusterMember} while it is not leaving, and only read as a snapshot ({@link
 * CopyOnWriteArrayList}). {@code state} goes from active to left (this member handed every part on)
 * or destroyed, once, under the member's lock; once it has left, the parts are destroyed and no
 * call reaches them.
 *
 * @param <T> the contract
 */
public final class ClusterBinding<T> {
  private static final int ACTIVE = 0;
  private static final int LEFT = 1;
  private static final int DESTROYED = 2;

  private final ClusterMember member;
  private final String name;
  private final ClusterSide<T> side;
  private final T local;
  private final List<T> adopted = new CopyOnWriteArrayList<>();
  private volatile int state = ACTIVE;

  ClusterBinding(ClusterMember member, String name, ClusterSide<T> side) {
    this.member = member;
    this.name = name;
    this.side = side;
    // The side's root keeps this binding to forward @OnRoot calls; it only uses it after the
    // constructor has returned, when a call arrives.
    this.local = side.newLocal(this);
  }

  /** The cluster-wide name. */
  public String name() {
    return name;
  }

  /** The member this binding belongs to. */
  public ClusterMember member() {
    return member;
  }

  /** The member-local object that serves this member's per-rep and {@code @OnRoot} calls. */
  public T local() {
    return local;
  }

  /**
   * The member's parts for a member-local gather or broadcast: its own object and those it adopted.
   *
   * @throws ClusterObjectDestroyedException once the object was destroyed cluster-wide
   * @throws MemberNotActiveException once this member left the cluster
   */
  public List<T> parts() {
    checkActive();
    return snapshot();
  }

  /**
   * Runs gather or broadcast {@code method} on every member (each folds its own parts) and returns
   * the members' results in no particular order. A member that leaves or crashes before it answers
   * is left out (its state is gone, or in transit to the member it hands it to).
   */
  public List<Object> onEveryMember(int method, Object[] args) {
    checkActive();
    return member.onEveryMember(name, side, method, args);
  }

  /**
   * Runs {@code @OnRoot} method {@code method} on the cluster's copy of the root, on the member
   * that owns it, and returns its result; what the root method throws is thrown here as it is.
   */
  public Object onRoot(int method, Object[] args) {
    return member.callRoot(name, new RootCall(side, method, args));
  }

  /** This member's answer to a cluster-wide call: its parts folded, or the identity if it left. */
  Object answer(int method, Object[] args) throws Exception {
    if (state == DESTROYED) {
      throw new ClusterObjectDestroyedException(name, side.contract());
    }
    // A member that has left answers nothing: its state is with the member it handed it to.
    return side.onMember(state == ACTIVE ? snapshot() : List.of(), method, args);
  }

  void adopt(T object) {
    adopted.add(object);
  }

  /**
   * Destroys every part (each waits until no call is inside it and its reps' cleanup has run) and
   * returns their reps' exported states; called once, by a leaving member under its lock.
   */
  synchronized List<Object> handOn() {
    if (state != ACTIVE) {
      return List.of(); // destroyed cluster-wide: nothing to hand on
    }
    state = LEFT;
    List<Object> states = new ArrayList<>();
    for (T part : snapshot()) {
      ClusteredObjects.destroy(part);
      states.addAll(side.exportStates(part));
    }
    return states;
  }

  /** Destroys every part; the name is destroyed cluster-wide. */
  synchronized void destroyLocal() {
    if (state != ACTIVE) {
      state = DESTROYED;
      return;
    }
    state = DESTROYED;
    for (T part : snapshot()) {
      ClusteredObjects.destroy(part);
    }
  }

  boolean destroyed() {
    return state == DESTROYED;
  }

  ClusterSide<T> side() {
    return side;
  }

  private List<T> snapshot() {
    if (adopted.isEmpty()) {
      return Collections.singletonList(local);
    }
    List<T> parts = new ArrayList<>(1 + adopted.size());
    parts.add(local);
    parts.addAll(adopted);
    return parts;
  }

  private void checkActive() {
    int now = state;
    if (now == DESTROYED) {
      throw new ClusterObjectDestroyedException(name, side.contract());
    }
    if (now == LEFT) {
      throw new MemberNotActiveException("\"" + name + "\" (" + side.contract() + ")");
    }
  }
}

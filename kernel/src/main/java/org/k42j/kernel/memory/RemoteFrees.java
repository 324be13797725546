package org.k42j.kernel.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.k42j.simmarks.ModeledLine;

/** Padding before {@link RemoteFrees}'s head. */
abstract class RemoteFreesPadBefore {
  long p01, p02, p03, p04, p05, p06, p07, p08;
}

/** {@link RemoteFrees}'s head, between two paddings. */
abstract class RemoteFreesHead extends RemoteFreesPadBefore {
  volatile int head = RemoteFrees.EMPTY; // the last slot pushed, or EMPTY
}

/**
 * One processor's remote-free list: the slots it allocated that other processors freed, waiting for
 * it to take them back (K42's and mimalloc's answer to a free on a foreign processor: the freeing
 * processor never touches the home's free list, it pushes onto this list, and the home drains it
 * when its own cache runs dry).
 *
 * <p>A multi-producer, single-consumer stack linked through the slots themselves ({@link
 * NodePool#link}), so pushing allocates nothing. Invariants: {@code head} is {@link #EMPTY} or the
 * most recently pushed slot; each slot's link names the slot pushed before it, down to {@code
 * EMPTY}; a slot is on at most one list. {@link #push} writes the slot's link, then publishes the
 * slot with a compare-and-swap on {@code head} (release), so a consumer that reads the head
 * (acquire) sees every link below it. {@link #drain} takes the whole list with one {@code
 * getAndSet}, so there is no pop of a single slot and no ABA problem: slots taken belong to the
 * consumer alone until it hands them out again, which it does only after reading their links. For
 * the same reason several consumers are safe: the home drains its list, and a processor that finds
 * every pool empty may take any list as a last resort.
 */
final class RemoteFrees extends RemoteFreesHead {
  long q01, q02, q03, q04, q05, q06, q07, q08;

  /** The end of a list: no slot. */
  static final int EMPTY = -1;

  private static final VarHandle HEAD;

  static {
    try {
      HEAD = MethodHandles.lookup().findVarHandle(RemoteFreesHead.class, "head", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final SlotSpace space;
  // The head's line as the NUMA simulation sees it (a no-op outside a simulation).
  private final ModeledLine headLine = new ModeledLine();

  RemoteFrees(SlotSpace space) {
    this.space = space;
  }

  /** Pushes {@code slot}, which the caller holds and gives up; lock-free, any thread. */
  void push(int slot) {
    NodePool pool = space.poolOf(slot);
    int index = slot - pool.base;
    int current;
    headLine.atomic();
    do {
      current = head;
      pool.link[index] = current;
    } while (!HEAD.compareAndSet((RemoteFreesHead) this, current, slot));
  }

  /**
   * Takes every slot pushed so far: returns the last one pushed (or {@link #EMPTY}); follow {@link
   * #next} from it. Any thread may drain; each slot is taken by exactly one drain.
   */
  int drain() {
    headLine.read();
    if (head == EMPTY) {
      return EMPTY;
    }
    headLine.atomic();
    return (int) HEAD.getAndSet((RemoteFreesHead) this, EMPTY);
  }

  /** The slot pushed before {@code slot} on a drained list, or {@link #EMPTY}. */
  int next(int slot) {
    NodePool pool = space.poolOf(slot);
    return pool.link[slot - pool.base];
  }

  /** Adds the slots on this list to {@code into} without taking them; quiescent audits only. */
  void collect(IntList into) {
    for (int slot = head; slot != EMPTY; slot = next(slot)) {
      into.add(slot);
    }
  }
}

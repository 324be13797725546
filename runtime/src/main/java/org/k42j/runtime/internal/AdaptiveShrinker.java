package org.k42j.runtime.internal;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.k42j.runtime.ClusteredObjectException;

/**
 * Shrinks adaptive objects back to one rep when their load has gone away: a daemon thread
 * ("k42j-adaptive") that samples every adaptive object that has grown and, once it has seen it idle
 * for {@link #IDLE_SAMPLES} samples in a row, hot swaps it to a fresh adaptive rep set ({@link
 * RootCore#shrink()}), which moves every rep's state into the home rep.
 *
 * <p>How load is seen without a cost on the hit path: a translation row is only a cache of the
 * root's choice, so each sample empties the object's row ({@link MissPath#sampleLoad()}); the next
 * call of every processor that still calls takes one miss, which marks the processor. An object is
 * idle in a sample when at most one processor called it since the previous one: contention needs
 * two. A processor calling all the time pays one miss (about a microsecond) per sample period.
 *
 * <p>Invariants: only objects whose rep declares a state transfer are watched (the shrink is a
 * swap); an object is watched from its first growth until it is shrunk or destroyed, and held
 * weakly, so watching never keeps an object alive; shrinks run on the daemon, outside any request.
 */
final class AdaptiveShrinker {
  /** Time between samples of one object. */
  static final long SAMPLE_MILLIS = Long.getLong("k42j.adaptive.sampleMillis", 50);

  /** Idle samples in a row after which a grown object is shrunk. */
  static final int IDLE_SAMPLES = Integer.getInteger("k42j.adaptive.idleSamples", 20);

  // Compared by identity, not in a WeakHashMap: a user root may override equals and hashCode (to
  // serve a contract's @OnRoot equals), and its hash would change with its state.
  private static final List<Watched> WATCHED = new ArrayList<>();
  private static boolean started; // guarded by WATCHED

  private AdaptiveShrinker() {}

  /** Starts watching {@code root}, which just grew a rep. */
  static void watch(RootCore<?> root) {
    synchronized (WATCHED) {
      if (WATCHED.stream().noneMatch(watched -> watched.get() == root)) {
        WATCHED.add(new Watched(root));
      }
      if (!started) {
        Thread thread = new Thread(AdaptiveShrinker::loop, "k42j-adaptive");
        thread.setDaemon(true);
        thread.start();
        started = true;
      }
    }
  }

  private static void loop() {
    while (true) {
      try {
        TimeUnit.MILLISECONDS.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        continue; // the daemon lives as long as the JVM
      }
      for (RootCore<?> root : due()) {
        try {
          root.shrink();
        } catch (ClusteredObjectException | IllegalStateException e) {
          // destroyed meanwhile, or its state transfer failed (the object keeps its reps and
          // says so in the exception); either way it is no longer watched
        }
      }
    }
  }

  /** Samples every watched object; returns those idle long enough, no longer watched. */
  private static List<RootCore<?>> due() {
    List<RootCore<?>> due = new ArrayList<>();
    synchronized (WATCHED) {
      WATCHED.removeIf(
          watched -> {
            RootCore<?> root = watched.get();
            if (root == null) {
              return true;
            }
            switch (root.misses.sampleLoad()) {
              case GONE:
                return true;
              case BUSY:
                watched.idle = 0;
                return false;
              default:
                if (++watched.idle < IDLE_SAMPLES) {
                  return false;
                }
                due.add(root);
                return true;
            }
          });
    }
    return due;
  }

  /** A watched object, held weakly, with its idle samples in a row. */
  private static final class Watched extends WeakReference<RootCore<?>> {
    int idle; // guarded by WATCHED

    Watched(RootCore<?> root) {
      super(root);
    }
  }

  /** What one sample saw. */
  enum Load {
    /** Two or more processors called the object since the previous sample. */
    BUSY,
    /** At most one did. */
    IDLE,
    /** Nothing to shrink any more: destroyed, not adaptive, or down to one rep. */
    GONE
  }
}

package org.k42j.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An ordering of forms by throughput as docs/performance.md measures it: tiers, fastest first.
 * Every form of a tier is faster than every form of the later tiers; within a tier the measured
 * forms are within the run-to-run noise of each other, so the demo does not order them.
 *
 * @param what which rows of the demo this orders
 * @param tiers the tiers, fastest first
 * @param unranked forms the demo shows with these but no benchmark measures, so not ordered
 */
record DemoOrdering(String what, List<Set<DemoForm>> tiers, Set<DemoForm> unranked) {
  /**
   * The counter on as many threads as cores: docs/performance.md's increment-only counter table at
   * 2 threads (quiet host): dedicated 2.80x LongAdder, exclusive 0.96x, thread-safe 0.97x,
   * AtomicLong 0.29x.
   */
  static final DemoOrdering COUNTER =
      new DemoOrdering(
          "counter",
          List.of(
              Set.of(DemoForm.COUNTER_DEDICATED),
              Set.of(
                  DemoForm.COUNTER_LONG_ADDER,
                  DemoForm.COUNTER_EXCLUSIVE,
                  DemoForm.COUNTER_THREAD_SAFE),
              Set.of(DemoForm.COUNTER_ATOMIC_LONG)),
          Set.of());

  /**
   * The counter on twice as many threads as cores: the same table at 4 threads on 2 cores
   * (exclusive 0.87x LongAdder, thread-safe 0.66x, AtomicLong 0.30x).
   */
  static final DemoOrdering COUNTER_OVERSUBSCRIBED =
      new DemoOrdering(
          "counter, more threads than cores",
          List.of(
              Set.of(
                  DemoForm.COUNTER_LONG_ADDER,
                  DemoForm.COUNTER_EXCLUSIVE,
                  DemoForm.COUNTER_THREAD_SAFE),
              Set.of(DemoForm.COUNTER_ATOMIC_LONG)),
          Set.of());

  /**
   * The request statistics on as many threads as cores: docs/performance.md's oversubscription
   * table for them at 2 threads (quiet host): exclusive reps 3.88x the synchronized original [3.29,
   * 4.52] (4.03x in an earlier run). The dedicated-thread form has no table row, so it is shown,
   * not ranked.
   */
  static final DemoOrdering STATS =
      new DemoOrdering(
          "stats",
          List.of(Set.of(DemoForm.STATS_EXCLUSIVE), Set.of(DemoForm.STATS_SYNCHRONIZED)),
          Set.of(DemoForm.STATS_DEDICATED));

  /**
   * The request statistics on twice as many threads as cores: the same table at 8 and 64 threads on
   * 2 cores (exclusive 4.98x and 4.40x the synchronized original).
   */
  static final DemoOrdering STATS_OVERSUBSCRIBED =
      new DemoOrdering(
          "stats, more threads than cores",
          List.of(Set.of(DemoForm.STATS_EXCLUSIVE), Set.of(DemoForm.STATS_SYNCHRONIZED)),
          Set.of());

  /** Every form of this group, in the demo's order (the enum's). */
  List<DemoForm> forms() {
    List<DemoForm> forms = new ArrayList<>();
    for (DemoForm form : DemoForm.values()) {
      if (unranked.contains(form) || tiers.stream().anyMatch(tier -> tier.contains(form))) {
        forms.add(form);
      }
    }
    return forms;
  }

  /** {@code dedicated > LongAdder ~ exclusive ~ thread-safe > AtomicLong}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    for (Set<DemoForm> tier : tiers) {
      List<String> names = new ArrayList<>();
      for (DemoForm form : DemoForm.values()) {
        if (tier.contains(form)) {
          names.add(form.label);
        }
      }
      parts.add(String.join(" ~ ", names));
    }
    String ranked = String.join(" > ", parts);
    if (unranked.isEmpty()) {
      return ranked;
    }
    List<String> names = new ArrayList<>();
    for (DemoForm form : DemoForm.values()) {
      if (unranked.contains(form)) {
        names.add(form.label);
      }
    }
    return ranked + " (not ranked: " + String.join(", ", names) + ")";
  }

  /**
   * Where {@code opsPerSecond} disagrees with this ordering: a form of a faster tier that did not
   * beat one of a slower tier, or null when the measurements agree.
   */
  String disagreement(Map<DemoForm, Double> opsPerSecond) {
    for (int faster = 0; faster < tiers.size(); faster++) {
      for (int slower = faster + 1; slower < tiers.size(); slower++) {
        for (DemoForm high : tiers.get(faster)) {
          for (DemoForm low : tiers.get(slower)) {
            double highRate = opsPerSecond.get(high);
            double lowRate = opsPerSecond.get(low);
            if (!(highRate > lowRate)) {
              return String.format(
                  Locale.ROOT,
                  "%s (%.1f M/s) did not beat %s (%.1f M/s)",
                  high.label,
                  highRate / 1e6,
                  low.label,
                  lowRate / 1e6);
            }
          }
        }
      }
    }
    return null;
  }
}

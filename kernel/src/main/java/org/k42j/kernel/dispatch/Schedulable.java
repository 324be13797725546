package org.k42j.kernel.dispatch;

/** What a {@link LotteryScheduler} chooses among: a priority and a number of lottery tickets. */
interface Schedulable {
  /** Higher runs first: nothing of a lower priority is chosen while a higher one is ready. */
  int priority();

  /** This entry's share within its priority: chosen with probability tickets / total tickets. */
  int tickets();
}

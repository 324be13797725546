package org.k42j.benchmarks;

import java.util.Locale;

/**
 * How a service under oversubscription is provided, by the name its {@code form} parameter uses
 * (the constant's name in lower case with dashes).
 */
enum ServiceForm {
  /** The original: one object behind one lock. */
  LOCKED,
  /** Clustered, one exclusive rep per processor (the runtime lets one thread at a time in). */
  EXCLUSIVE,
  /** Clustered, one thread-safe rep per processor (no guard: the rep protects itself). */
  THREAD_SAFE,
  /** Clustered, {@code Policy.ADAPTIVE}: one shared exclusive rep, grown where contention shows. */
  ADAPTIVE,
  /** The JDK's {@code LongAdder}: the counter's reference, no other service has it. */
  LONG_ADDER,
  /** One {@code AtomicLong}: the counter's shared form in the README demo; the counter only. */
  ATOMIC_LONG;

  /** Whether only the counter has this form. */
  boolean counterOnly() {
    return this == LONG_ADDER || this == ATOMIC_LONG;
  }

  /** The parameter value that selects this form. */
  String param() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The form a parameter value names. */
  static ServiceForm ofParam(String param) {
    for (ServiceForm form : values()) {
      if (form.param().equals(param)) {
        return form;
      }
    }
    throw new IllegalArgumentException("no service form named " + param);
  }
}

package org.k42j.it.ppc.vault;

public enum Level {
  LOW,
  HIGH
}

package org.k42j.it.ppc.vault;

/** A generic record. */
public record Pair<A, B>(A first, B second) {}

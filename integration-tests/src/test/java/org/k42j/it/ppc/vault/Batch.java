package org.k42j.it.ppc.vault;

/** A record holding an array and an exported object. */
public record Batch(long id, int[] items, Vault owner) {}

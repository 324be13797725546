package org.k42j.it.ppc.mesh;

/** A record holding an array. */
public record Node(int[] weights) {}

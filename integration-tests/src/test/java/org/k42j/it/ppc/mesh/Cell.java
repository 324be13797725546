package org.k42j.it.ppc.mesh;

/** A record of records holding arrays, and of an array of them. */
public record Cell(Node inner, Node[] more) {}

package test;

/** A generic record. */
public record Pair<A, B>(A first, B second) {}

package test;

/** A record holding an array. */
public record Node(int[] weights) {}

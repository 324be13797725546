package org.k42j.examples.ppc;

/**
 * Several keys to store one value under. It holds an array, so a PPC copies it: the server keeps
 * its own copy, and a client that changes its array after the call changes nothing in the server.
 *
 * @param keys the keys
 * @param value the value stored under each of them
 */
public record Batch(String[] keys, String value) {}

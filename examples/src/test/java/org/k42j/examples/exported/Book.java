package org.k42j.examples.exported;

/** A record holding an array and an enum. */
public record Book(String title, Genre genre, long copies, int[] chapters) {}

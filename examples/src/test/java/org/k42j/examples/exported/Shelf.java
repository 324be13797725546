package org.k42j.examples.exported;

/** A record holding an array of records and an exported object. */
public record Shelf(String label, Book[] books, Library owner) {}

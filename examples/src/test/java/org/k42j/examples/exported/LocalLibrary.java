package org.k42j.examples.exported;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.k42j.runtime.Processors;

/**
 * The server object: keeps what it receives as it received it (so a test can see whether it is a
 * copy) and counts copies per title. Calls run concurrently on the server threads of several
 * processors, hence the concurrent map and atomic counters.
 */
final class LocalLibrary implements Library {
  final String name;
  final Map<String, Book> books = new ConcurrentHashMap<>();
  final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  final Map<String, Library> branches = new ConcurrentHashMap<>();
  final AtomicLong visits = new AtomicLong();
  volatile Shelf shelf;
  volatile Library asked;

  LocalLibrary(String name) {
    this.name = name;
  }

  @Override
  public long add(Book book) {
    books.put(book.title(), book);
    return counts.computeIfAbsent(book.title(), t -> new AtomicLong()).addAndGet(book.copies());
  }

  @Override
  public Book find(String title) {
    return books.get(title);
  }

  @Override
  public long[] copies(String[] titles) {
    long[] copies = new long[titles.length];
    for (int i = 0; i < titles.length; i++) {
      AtomicLong count = counts.get(titles[i]);
      copies[i] = count == null ? 0 : count.get();
    }
    return copies;
  }

  @Override
  public int servedOn() {
    return Processors.current();
  }

  @Override
  public Library branch(String name) {
    return branches.get(name);
  }

  @Override
  public long copiesIn(Library other, String title) {
    asked = other;
    return other.copies(new String[] {title})[0];
  }

  @Override
  public Shelf shelve(Shelf shelf) {
    this.shelf = shelf;
    return shelf;
  }

  @Override
  public void visit(String who) {
    visits.incrementAndGet();
  }

  @Override
  public long visits() {
    return visits.get();
  }

  @Override
  public void close(String reason) throws LibraryClosedException {
    throw new LibraryClosedException(reason);
  }
}

package org.k42j.examples.exported;

import org.k42j.annotations.Async;
import org.k42j.annotations.Exported;

/**
 * An exported interface whose stub, skeleton and binding the k42j processor generates when this
 * module's tests are compiled; {@link GeneratedPpcTest} calls it through the real kernel.
 */
@Exported
public interface Library {
  /** Keeps {@code book} as received; returns the number of copies of its title now held. */
  long add(Book book);

  /** The book kept under {@code title}, or null. */
  Book find(String title);

  /** The copies held of each title, in order. */
  long[] copies(String[] titles);

  /** The processor the call ran on. */
  int servedOn();

  /** Another library this server exports, by name. */
  Library branch(String name);

  /** Asks {@code other} for its copies of {@code title} from inside this call. */
  long copiesIn(Library other, String title);

  /** Keeps {@code shelf} as received and returns it. */
  Shelf shelve(Shelf shelf);

  /** One-way: counts a visit. */
  @Async
  void visit(String who);

  /** The visits counted. */
  long visits();

  /** Throws {@link LibraryClosedException} with {@code reason}. */
  void close(String reason) throws LibraryClosedException;
}

package org.k42j.examples.exported;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.ObjectHandle;
import org.k42j.kernel.ppc.Ppc;
import org.k42j.kernel.ppc.PpcServerException;
import org.k42j.kernel.ppc.RemoteObject;

/**
 * The code the processor generates for {@link Library} ({@code Library_Stub}, {@code
 * Library_Skeleton}, {@code Library_Binding}) at work in the real kernel: the kernel finds the
 * generated binding, calls run on the caller's processor in the server's address space, values
 * cross by copy both ways, exported objects as handles, async calls are one-way, a server's checked
 * exception arrives by name, and many clients on many processors get exact results.
 */
class GeneratedPpcTest {
  private Kernel kernel;
  private Ppc ppc;
  private AddressSpace server;
  private AddressSpace client;
  private LocalLibrary library;
  private Library remote;

  @BeforeEach
  void boot() {
    kernel = Kernel.boot(Machine.uniform(2, 2));
    ppc = kernel.ppc();
    server = kernel.createAddressSpace("server");
    client = kernel.createAddressSpace("client");
    library = new LocalLibrary("main");
    remote = ppc.bind(ppc.export(server, Library.class, library), Library.class);
  }

  @AfterEach
  void shutDown() {
    kernel.shutdown();
  }

  /** Runs {@code body} on a user-level thread of {@code dispatcher}; a minute guards a hang. */
  private static <T> CompletableFuture<T> start(Dispatcher dispatcher, Callable<T> body) {
    CompletableFuture<T> outcome = new CompletableFuture<>();
    dispatcher.spawn(
        "client",
        () -> {
          try {
            outcome.complete(body.call());
          } catch (Throwable e) {
            outcome.completeExceptionally(e);
          }
        });
    return outcome;
  }

  private static <T> T await(CompletableFuture<T> future) throws Throwable {
    try {
      return future.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("a user-level thread did not finish within a minute (hung)");
    }
  }

  private <T> T onClient(int processor, Callable<T> body) throws Throwable {
    return await(start(client.createDispatcher(processor), body));
  }

  @Test
  void kernelBindsTheGeneratedStub() {
    assertEquals("Library_Stub", remote.getClass().getSimpleName());
    assertInstanceOf(RemoteObject.class, remote);
    assertEquals(Library.class.getName(), ((RemoteObject) remote).handle().exported());
  }

  @Test
  void everyCallRunsOnTheCallersProcessor() throws Throwable {
    for (int processor = 0; processor < 4; processor++) {
      assertEquals(processor, (int) onClient(processor, remote::servedOn));
    }
  }

  @Test
  void recordsAndArraysCrossByValueBothWays() throws Throwable {
    onClient(
        1,
        () -> {
          int[] chapters = {1, 2, 3};
          Book book = new Book("Dune", Genre.NOVEL, 2, chapters);
          assertEquals(2, remote.add(book));
          chapters[0] = 99; // the client changes its argument after the call
          Book kept = library.books.get("Dune");
          assertArrayEquals(new int[] {1, 2, 3}, kept.chapters());
          assertNotSame(chapters, kept.chapters());

          Book found = remote.find("Dune");
          kept.chapters()[1] = 77; // the server changes what it kept after the reply
          assertArrayEquals(new int[] {1, 2, 3}, found.chapters());
          assertSame(Genre.NOVEL, found.genre());
          assertNull(remote.find("missing"));

          assertEquals(5, remote.add(new Book("Dune", Genre.NOVEL, 3, new int[0])));
          assertArrayEquals(new long[] {5, 0}, remote.copies(new String[] {"Dune", "Emma"}));
          return null;
        });
  }

  @Test
  void exportedObjectsTravelAsHandlesAndArriveAsStubs() throws Throwable {
    LocalLibrary other = new LocalLibrary("other");
    AddressSpace otherServer = kernel.createAddressSpace("other-server");
    ObjectHandle otherHandle = ppc.export(otherServer, Library.class, other);
    Library otherRemote = ppc.bind(otherHandle, Library.class);
    LocalLibrary branch = new LocalLibrary("branch");
    ObjectHandle branchHandle = ppc.export(server, Library.class, branch);
    library.branches.put("north", branch);
    onClient(
        2,
        () -> {
          otherRemote.add(new Book("Emma", Genre.NOVEL, 4, new int[] {1}));
          // a stub as an argument: the server receives a stub of the same object and calls it
          assertEquals(4, remote.copiesIn(otherRemote, "Emma"));
          assertInstanceOf(RemoteObject.class, library.asked);
          assertEquals(otherHandle, ((RemoteObject) library.asked).handle());
          // an exported object as a result arrives as a stub bound to its handle
          Library north = remote.branch("north");
          assertEquals(branchHandle, ((RemoteObject) north).handle());
          assertNull(remote.branch("south"));
          // a record holding records with arrays and an exported object
          Book[] books = {new Book("Kim", Genre.MANUAL, 1, new int[] {7})};
          Shelf returned = remote.shelve(new Shelf("top", books, otherRemote));
          books[0].chapters()[0] = 8;
          assertEquals(7, library.shelf.books()[0].chapters()[0]);
          assertNotSame(books, library.shelf.books());
          assertEquals(otherHandle, ((RemoteObject) library.shelf.owner()).handle());
          assertEquals(7, returned.books()[0].chapters()[0]);
          assertNotSame(library.shelf.books(), returned.books());
          return null;
        });
  }

  @Test
  void serversCheckedExceptionArrivesByName() throws Throwable {
    PpcServerException failure =
        assertThrows(
            PpcServerException.class,
            () ->
                onClient(
                    3,
                    () -> {
                      remote.close("for inventory");
                      return null;
                    }));
    assertEquals(LibraryClosedException.class.getName(), failure.remoteClass());
    assertEquals("for inventory", failure.remoteMessage());
  }

  @Test
  void asyncCallsReturnAtOnceAndEachRunsOnce() throws Throwable {
    onClient(
        0,
        () -> {
          for (int i = 0; i < 100; i++) {
            remote.visit("v" + i);
          }
          return null;
        });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (library.visits.get() < 100 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(100, library.visits.get());
    assertEquals(100L, (long) onClient(1, remote::visits));
  }

  @Test
  void manyClientsOnEveryProcessorGetExactTotals() throws Throwable {
    int threads = 8;
    int calls = 500;
    AddressSpace second = kernel.createAddressSpace("second-client");
    List<CompletableFuture<Long>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      AddressSpace space = t % 2 == 0 ? client : second;
      Dispatcher on = space.createDispatcher(t % 4);
      String title = "t" + (t % 2);
      done.add(
          start(
              on,
              () -> {
                long last = 0;
                for (int i = 0; i < calls; i++) {
                  last = remote.add(new Book(title, Genre.MANUAL, 1, new int[] {i}));
                }
                return last;
              }));
    }
    for (CompletableFuture<Long> future : done) {
      assertTrue(await(future) <= threads / 2 * calls);
    }
    assertArrayEquals(
        new long[] {threads / 2 * calls, threads / 2 * calls},
        (long[]) onClient(0, () -> remote.copies(new String[] {"t0", "t1"})));
  }
}

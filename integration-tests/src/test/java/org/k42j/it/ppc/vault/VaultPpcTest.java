package org.k42j.it.ppc.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.it.ppc.KernelSession;
import org.k42j.kernel.ppc.BadMethodException;
import org.k42j.kernel.ppc.Ppc;
import org.k42j.kernel.ppc.RemoteObject;
import org.k42j.kernel.ppc.Skeleton;

/**
 * The stub, skeleton and binding the processor generates for {@link Vault}, called through the real
 * kernel: values cross by copy both ways, exported objects as handles, nulls as nulls, async calls
 * one way, a default method in the caller, and method numbers checked by the skeleton.
 */
class VaultPpcTest {
  private KernelSession session;
  private Ppc ppc;
  private LocalVault server;
  private LocalVault other;
  private Vault stub;

  @BeforeEach
  void export() {
    session = new KernelSession();
    ppc = session.ppc();
    server = new LocalVault("server");
    other = new LocalVault("other");
    stub = ppc.bind(ppc.export(session.server(), Vault.class, server), Vault.class);
    ppc.export(session.server(), Vault.class, other);
  }

  @AfterEach
  void shutDown() {
    session.close();
  }

  @Test
  void serverDoesNotSeeAChangeTheClientMakesToAnArgumentAfterTheCall() throws Throwable {
    int[] values = {1, 2, 3};
    assertEquals(3, session.onClient(() -> stub.keep(values)));
    values[0] = 99;
    assertEquals(1, server.kept[0]);
    assertNotSame(values, server.kept);
  }

  @Test
  void clientDoesNotSeeAChangeTheServerMakesToAResultAfterTheReply() throws Throwable {
    server.kept = new int[] {1, 2, 3};
    int[] received = session.onClient(stub::kept);
    server.kept[1] = 77;
    assertEquals(2, received[1]);
    assertNotSame(server.kept, received);
  }

  @Test
  void recordIsCopiedDeeplyAndItsExportedComponentArrivesAsAStub() throws Throwable {
    Batch batch = new Batch(7, new int[] {5}, other);
    Batch reply = session.onClient(() -> stub.echo(batch));
    batch.items()[0] = 6;
    assertEquals(5, server.batch.items()[0]);
    server.batch.items()[0] = 8;
    assertEquals(5, reply.items()[0]);
    assertEquals(7L, reply.id());
    RemoteObject owner = assertInstanceOf(RemoteObject.class, server.batch.owner());
    assertEquals(ppc.handleOf(other, Vault.class), owner.handle());
    assertEquals(owner.handle(), ((RemoteObject) reply.owner()).handle());
  }

  @Test
  void exportedArgumentArrivesAsAStubOfTheSameObject() throws Throwable {
    assertEquals("other", session.onClient(() -> stub.nameOf(other)));
    RemoteObject received = assertInstanceOf(RemoteObject.class, server.other);
    assertEquals(ppc.handleOf(other, Vault.class), received.handle());
  }

  @Test
  void exportedResultArrivesAsAStubOfTheServerObject() throws Throwable {
    Vault self = session.onClient(stub::self);
    assertEquals(
        ppc.handleOf(server, Vault.class), assertInstanceOf(RemoteObject.class, self).handle());
    assertEquals("server", session.onClient(self::name));
  }

  @Test
  void primitivesVarargsEnumsGenericRecordsAndNestedArraysCross() throws Throwable {
    int[] second = {4, 5};
    Pair<String, int[]> swapped = session.onClient(() -> stub.swap(new Pair<>("a", second)));
    assertEquals("a!", swapped.first());
    assertArrayEquals(second, swapped.second());
    assertNotSame(second, swapped.second());
    assertEquals(10L, session.onClient(() -> stub.sum(1, 2, 3, 4)));
    assertEquals(0L, session.onClient(() -> stub.sum()));
    assertEquals(Level.HIGH, session.onClient(() -> stub.raise(Level.LOW)));
    int[][] transposed = session.onClient(() -> stub.transpose(new int[][] {{1, 2, 3}, {4, 5, 6}}));
    assertEquals("[[1, 4], [2, 5], [3, 6]]", Arrays.deepToString(transposed));
  }

  @Test
  void nullArgumentsAndResultsCrossAsNull() throws Throwable {
    assertNull(session.onClient(() -> stub.echo(null)));
    assertNull(session.onClient(stub::kept));
    assertNull(session.onClient(() -> stub.peers(null)));
    Vault[] peers = session.onClient(() -> stub.peers(new Vault[] {null, other}));
    assertNull(peers[0]);
    assertEquals(ppc.handleOf(other, Vault.class), ((RemoteObject) peers[1]).handle());
    assertNull(server.peers[0]);
    assertInstanceOf(RemoteObject.class, server.peers[1]);
  }

  @Test
  void asyncCallsReturnAtOnceAndRunOnTheServer() throws Throwable {
    session.onClient(
        () -> {
          stub.record("a");
          stub.record("b");
          return null;
        });
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (server.events.size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertEquals(List.of("a", "b"), server.events.stream().sorted().toList());
    assertEquals(0, ppc.asyncFailures());
  }

  @Test
  void defaultMethodRunsInTheCallerAndCallsTheRemoteMethods() throws Throwable {
    assertEquals("serverserver", session.onClient(stub::twice));
    assertEquals(2, server.namesAsked.get());
  }

  @Test
  void skeletonDispatchesByDeclarationOrderAndRefusesOtherNumbers() throws Throwable {
    Skeleton<Vault> skeleton = new Vault_Binding().skeleton();
    assertEquals(13, skeleton.methodCount());
    assertEquals("server", skeleton.invoke(server, 5, new Object[0]));
    assertEquals(5L, skeleton.invoke(server, 6, new Object[] {new long[] {2, 3}}));
    for (int method : new int[] {13, -1}) {
      BadMethodException e =
          assertThrows(
              BadMethodException.class, () -> skeleton.invoke(server, method, new Object[0]));
      assertEquals(
          "method number "
              + method
              + " does not exist in org.k42j.it.ppc.vault.Vault, which has methods 0..12; the stub"
              + " and the server were compiled from different versions of the interface,"
              + " recompile both",
          e.getMessage());
    }
  }

  @Test
  void bindingNamesTheInterfaceAndMakesStubs() throws Throwable {
    Vault_Binding binding = new Vault_Binding();
    assertSame(Vault.class, binding.exported());
    Vault bound = binding.stub(ppc.handleOf(other, Vault.class), ppc);
    assertSame(Vault_Stub.class, bound.getClass());
    assertEquals("other", session.onClient(bound::name));
    assertEquals(
        ppc.handleOf(server, Vault.class),
        ((RemoteObject) stub).handle(),
        "the bound stub's handle");
  }
}

package org.k42j.kernel.ppc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.names.NameTypeException;
import org.k42j.kernel.ppc.fixture.Store;
import org.k42j.kernel.ppc.fixture.Store_Skeleton;

class PpcHandleTest extends BootedKernel {
  private Ppc ppc;
  private AddressSpace server;
  private Dispatcher client;

  @BeforeEach
  void start() {
    boot(Machine.uniform(1, 2));
    ppc = kernel.ppc();
    server = kernel.createAddressSpace("server");
    client = kernel.createAddressSpace("client").createDispatcher(1);
  }

  /** A stub that calls method numbers its interface does not have. */
  static final class RogueStub extends Stub {
    RogueStub(ObjectHandle handle, Ppc ppc) {
      super(handle, ppc);
    }

    Object method(int number) {
      return call(number, NO_ARGS);
    }
  }

  @Test
  void revokedObjectsHandleIsStaleForItsStubsAndForNewBinds() throws Throwable {
    ObjectHandle handle = ppc.export(server, Store.class, new MapStore());
    Store stub = ppc.bind(handle, Store.class);
    assertEquals(1, (long) OnUserThread.run(client, () -> stub.add("k", 1)));
    ppc.revoke(handle);
    Throwable thrown =
        OnUserThread.failure(OnUserThread.start(client, "c", () -> stub.add("k", 1)));
    assertInstanceOf(StaleHandleException.class, thrown);
    assertThrows(StaleHandleException.class, () -> ppc.bind(handle, Store.class));
    // the slot is reused by the next export, under a new generation: the old handle stays stale
    ObjectHandle next = ppc.export(server, Store.class, new MapStore());
    assertEquals(handle.slot(), next.slot());
    assertEquals(handle.generation() + 1, next.generation());
    assertThrows(StaleHandleException.class, () -> ppc.bind(handle, Store.class));
    Store nextStub = ppc.bind(next, Store.class);
    assertEquals(5, (long) OnUserThread.run(client, () -> nextStub.add("k", 5)));
    assertInstanceOf(
        StaleHandleException.class,
        OnUserThread.failure(OnUserThread.start(client, "c", () -> stub.count("k"))));
  }

  @Test
  void forgedHandlesAreRefusedByName() {
    ObjectHandle real = ppc.export(server, Store.class, new MapStore());
    String store = Store.class.getName();
    ForgedHandleException noSlot =
        assertThrows(
            ForgedHandleException.class,
            () -> ppc.bind(new ObjectHandle(real.server(), 4711, 0, store), Store.class));
    assertTrue(noSlot.getMessage().contains("slot 4711 does not exist"), noSlot.getMessage());
    assertThrows(
        ForgedHandleException.class,
        () -> ppc.bind(new ObjectHandle(real.server(), real.slot(), 3, store), Store.class));
    assertThrows(
        ForgedHandleException.class,
        () -> ppc.bind(new ObjectHandle(real.server() + 1, real.slot(), 0, store), Store.class));
    assertThrows(
        ForgedHandleException.class,
        () -> ppc.bind(new ObjectHandle(real.server(), real.slot(), -1, store), Store.class));
  }

  @Test
  void bindingAHandleAsAnotherInterfaceIsRefused() {
    ObjectHandle handle = ppc.export(server, Store.class, new MapStore());
    HandleTypeException wrong =
        assertThrows(HandleTypeException.class, () -> ppc.bind(handle, Runnable.class));
    assertTrue(wrong.getMessage().contains("bind it as " + Store.class.getName()));
  }

  @Test
  void methodNumbersOutsideTheInterfaceAreRefusedBeforeAndInTheSkeleton() throws Throwable {
    ObjectHandle handle = ppc.export(server, Store.class, new MapStore());
    RogueStub rogue = new RogueStub(handle, ppc);
    for (int method : new int[] {12, -1, 1000}) {
      Throwable thrown =
          OnUserThread.failure(OnUserThread.start(client, "rogue", () -> rogue.method(method)));
      assertInstanceOf(BadMethodException.class, thrown);
    }
    assertEquals(0, ppc.serverThreads(server, 1)); // refused before reaching a server thread
    assertThrows(
        BadMethodException.class,
        () -> new Store_Skeleton().invoke(new MapStore(), 12, new Object[0]));
  }

  @Test
  void typesWithoutBindingsCannotBeExported() {
    NotExportableException noBinding =
        assertThrows(
            NotExportableException.class, () -> ppc.export(server, Runnable.class, () -> {}));
    assertTrue(noBinding.getMessage().contains("annotate it @Exported"), noBinding.getMessage());
    assertThrows(
        NotExportableException.class, () -> ppc.export(server, MapStore.class, new MapStore()));
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Object> raw = (Class) Store.class;
    assertThrows(NotExportableException.class, () -> ppc.export(server, raw, "not a store"));
  }

  @Test
  void exportingAgainGivesTheSameHandleAndHandleOfFindsIt() {
    MapStore store = new MapStore();
    ObjectHandle handle = ppc.export(server, Store.class, store);
    assertEquals(handle, ppc.export(server, Store.class, store));
    assertEquals(handle, ppc.handleOf(store));
    assertEquals(handle, ppc.handleOf(store, Store.class));
    assertEquals(handle, ppc.handleOf(ppc.bind(handle, Store.class)));
    assertNotEquals(handle, ppc.export(server, Store.class, new MapStore()));
    assertThrows(NotExportedException.class, () -> ppc.handleOf(new MapStore()));
    assertThrows(NotExportedException.class, () -> ppc.handleOf(store, Runnable.class));
  }

  @Test
  void lookupAsAnotherTypeIsANameTypeException() throws Throwable {
    ObjectHandle handle = ppc.export(server, Store.class, new MapStore());
    ppc.register("store", handle);
    kernel.names().register("plain", "a string");
    assertInstanceOf(
        NameTypeException.class,
        OnUserThread.failure(
            OnUserThread.start(client, "c", () -> ppc.lookup("store", Runnable.class))));
    assertInstanceOf(
        NameTypeException.class,
        OnUserThread.failure(
            OnUserThread.start(client, "c", () -> ppc.lookup("plain", Store.class))));
  }
}

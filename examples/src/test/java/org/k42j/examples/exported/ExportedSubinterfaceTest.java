package org.k42j.examples.exported;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.HandleTypeException;
import org.k42j.kernel.ppc.ObjectHandle;
import org.k42j.kernel.ppc.Ppc;
import org.k42j.kernel.ppc.RemoteObject;

/**
 * An object exported as a subinterface ({@link Archive} extends {@link Named}) is a {@code Named}
 * wherever one is expected: passed as an argument (as the client's stub or the client's own
 * object), returned as a result, bound and looked up as the supertype. Each arrives as the
 * subinterface's stub, which implements the supertype and calls by the subinterface's numbering.
 */
class ExportedSubinterfaceTest {
  private Kernel kernel;
  private Ppc ppc;
  private AddressSpace client;
  private Archive remote;
  private ObjectHandle otherHandle;
  private Dispatcher on;

  @BeforeEach
  void boot() {
    kernel = Kernel.boot(Machine.uniform(1, 2));
    ppc = kernel.ppc();
    AddressSpace server = kernel.createAddressSpace("server");
    client = kernel.createAddressSpace("client");
    remote = ppc.bind(ppc.export(server, Archive.class, new LocalArchive("main")), Archive.class);
    otherHandle = ppc.export(server, Archive.class, new LocalArchive("other"));
    on = client.createDispatcher(1);
  }

  @AfterEach
  void shutDown() {
    kernel.shutdown();
  }

  private <T> T run(java.util.concurrent.Callable<T> body) throws Exception {
    return on.submit("client", body).get(60, TimeUnit.SECONDS); // the minute guards a hang
  }

  @Test
  void stubOfTheSubinterfacePassesWhereTheSupertypeIsExpected() throws Exception {
    Archive other = ppc.bind(otherHandle, Archive.class);
    assertEquals("other", run(() -> remote.nameOf(other)));
  }

  @Test
  void objectTheClientExportedAsTheSubinterfacePassesAsTheSupertype() throws Exception {
    LocalArchive mine = new LocalArchive("mine");
    ppc.export(client, Archive.class, mine);
    assertEquals("mine", run(() -> remote.nameOf(mine)));
  }

  @Test
  void serverObjectExportedAsTheSubinterfaceReturnsAsTheSupertype() throws Exception {
    Named named = run(() -> remote.asNamed());
    assertInstanceOf(Archive.class, named);
    assertEquals(((RemoteObject) remote).handle(), ((RemoteObject) named).handle());
    assertEquals("main", run(named::name));
  }

  @Test
  void handleOfTheSubinterfaceBindsAndLooksUpAsTheSupertype() throws Exception {
    Named bound = ppc.bind(otherHandle, Named.class);
    assertEquals("other", run(bound::name));
    ppc.register("other", otherHandle);
    assertEquals("other", run(() -> ppc.lookup("other", Named.class).name()));
    // the other way is refused: a Named is not an Archive
    ObjectHandle plain = ppc.export(client, Named.class, () -> "plain");
    assertThrows(HandleTypeException.class, () -> ppc.bind(plain, Archive.class));
  }
}

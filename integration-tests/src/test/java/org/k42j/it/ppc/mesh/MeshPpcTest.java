package org.k42j.it.ppc.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.it.ppc.KernelSession;
import org.k42j.kernel.ppc.Ppc;
import org.k42j.kernel.ppc.RemoteObject;

/**
 * Values that nest, through the stub and skeleton the processor generates for {@link Mesh} and the
 * real kernel: every array and record level is copied (nothing shared either way), nulls stay where
 * they were, and exported objects arrive as stubs whatever the arrays' runtime type.
 */
class MeshPpcTest {
  private KernelSession session;
  private Ppc ppc;
  private LocalMesh server;
  private LocalMesh other;
  private Mesh stub;

  @BeforeEach
  void export() {
    session = new KernelSession();
    ppc = session.ppc();
    server = new LocalMesh("server");
    other = new LocalMesh("other");
    stub = ppc.bind(ppc.export(session.server(), Mesh.class, server), Mesh.class);
    ppc.export(session.server(), Mesh.class, other);
  }

  @AfterEach
  void shutDown() {
    session.close();
  }

  @Test
  void arraysOfArraysOfRecordsHoldingArraysShareNothingAndKeepNulls() throws Throwable {
    Node[][] grid = {{new Node(new int[] {1}), null}, null};
    Node[][] reply = session.onClient(() -> stub.grid(grid));
    grid[0][0].weights()[0] = 2;
    assertEquals(1, server.grid[0][0].weights()[0]);
    server.grid[0][0].weights()[0] = 3;
    assertEquals(1, reply[0][0].weights()[0]);
    assertNotSame(grid[0][0], server.grid[0][0]);
    assertNotSame(server.grid[0], reply[0]);
    assertNull(server.grid[0][1]);
    assertNull(server.grid[1]);
    assertNull(reply[0][1]);
    assertNull(reply[1]);
  }

  @Test
  void arraysOfArraysOfExportedObjectsArriveAsStubsWhateverTheirRuntimeType() throws Throwable {
    LocalMesh[][] rows = {{other, null}, null};
    Mesh[][] reply = session.onClient(() -> stub.rows(rows));
    RemoteObject kept = assertInstanceOf(RemoteObject.class, server.rows[0][0]);
    assertEquals(ppc.handleOf(other, Mesh.class), kept.handle());
    assertInstanceOf(RemoteObject.class, reply[0][0]);
    assertEquals("other", session.onClient(reply[0][0]::name));
    assertNull(server.rows[0][1]);
    assertNull(server.rows[1]);
    assertNull(reply[0][1]);
    assertNull(reply[1]);
  }

  @Test
  void recordsOfRecordsHoldingArraysShareNothing() throws Throwable {
    Cell cell = new Cell(new Node(new int[] {1}), new Node[] {new Node(new int[] {4}), null});
    Cell reply = session.onClient(() -> stub.cell(cell));
    cell.inner().weights()[0] = 2;
    cell.more()[0].weights()[0] = 5;
    Cell kept = server.cell;
    assertEquals(1, kept.inner().weights()[0]);
    assertEquals(4, kept.more()[0].weights()[0]);
    assertNull(kept.more()[1]);
    assertNotSame(cell.inner(), kept.inner());
    assertNotSame(cell.more(), kept.more());
    assertNotSame(kept.more(), reply.more());
  }
}

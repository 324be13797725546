package test;

import java.util.ArrayList;
import java.util.List;
import org.k42j.kernel.ppc.Ppc;
import org.k42j.kernel.ppc.RemoteObject;

/**
 * Calls through the generated stub and skeleton of {@link Mesh} over the loopback {@link Ppc};
 * each scenario returns what it observed, for the test to assert.
 */
public final class Scenarios {
  private final Ppc ppc = new Ppc();
  private final LocalMesh server = new LocalMesh("server");
  private final LocalMesh other = new LocalMesh("other");
  private final Mesh stub;

  private Scenarios() {
    stub = ppc.bind(ppc.export(Mesh.class, server), Mesh.class);
    ppc.export(Mesh.class, other);
  }

  /**
   * [server's weight after the client changed its own, client's reply weight after the server
   * changed its own, any array or record shared, the null row and null element kept].
   */
  public static List<Object> arraysOfArraysOfRecordsHoldingArrays() {
    Scenarios s = new Scenarios();
    Node[][] grid = {{new Node(new int[] {1}), null}, null};
    Node[][] reply = s.stub.grid(grid);
    grid[0][0].weights()[0] = 2;
    int serverWeight = s.server.grid[0][0].weights()[0];
    s.server.grid[0][0].weights()[0] = 3;
    return List.of(
        serverWeight,
        reply[0][0].weights()[0],
        s.server.grid == grid || s.server.grid[0] == grid[0] || s.server.grid[0][0] == grid[0][0],
        reply == s.server.grid || reply[0] == s.server.grid[0],
        s.server.grid[0][1] == null && s.server.grid[1] == null,
        reply[0][1] == null && reply[1] == null);
  }

  /**
   * [server's rows hold stubs, their handles are the other's, the reply rows hold stubs, the null
   * row and element kept] for rows whose arrays' runtime type is the server class's.
   */
  public static List<Object> arraysOfArraysOfExportedObjects() {
    Scenarios s = new Scenarios();
    LocalMesh[][] rows = {{s.other, null}, null};
    Mesh[][] reply = s.stub.rows(rows);
    List<Object> observed = new ArrayList<>();
    observed.add(s.server.rows[0][0] instanceof RemoteObject);
    observed.add(((RemoteObject) s.server.rows[0][0]).handle().equals(s.ppc.handleOf(s.other, Mesh.class)));
    observed.add(reply[0][0] instanceof RemoteObject);
    observed.add(reply[0][0].name());
    observed.add(s.server.rows[0][1] == null && s.server.rows[1] == null);
    observed.add(reply[0][1] == null && reply[1] == null);
    return observed;
  }

  /** [server's inner and more weights after the client changed its own, any shared]. */
  public static List<Object> recordsOfRecordsHoldingArrays() {
    Scenarios s = new Scenarios();
    Cell cell = new Cell(new Node(new int[] {1}), new Node[] {new Node(new int[] {4}), null});
    Cell reply = s.stub.cell(cell);
    cell.inner().weights()[0] = 2;
    cell.more()[0].weights()[0] = 5;
    Cell kept = s.server.cell;
    return List.of(
        kept.inner().weights()[0],
        kept.more()[0].weights()[0],
        kept.more()[1] == null,
        kept.inner() == cell.inner() || kept.more() == cell.more() || reply.more() == kept.more());
  }
}

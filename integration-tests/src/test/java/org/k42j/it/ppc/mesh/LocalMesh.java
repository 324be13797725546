package org.k42j.it.ppc.mesh;

/** The server object: keeps what it receives as it received it. */
public final class LocalMesh implements Mesh {
  final String name;
  Node[][] grid;
  Mesh[][] rows;
  Cell cell;

  public LocalMesh(String name) {
    this.name = name;
  }

  @Override
  public Node[][] grid(Node[][] grid) {
    this.grid = grid;
    return grid;
  }

  @Override
  public Mesh[][] rows(Mesh[][] rows) {
    this.rows = rows;
    return rows;
  }

  @Override
  public Cell cell(Cell cell) {
    this.cell = cell;
    return cell;
  }

  @Override
  public String name() {
    return name;
  }
}

package org.k42j.it.ppc.mesh;

import org.k42j.annotations.Exported;

/** An exported interface whose values nest: arrays of arrays of records and of exported objects. */
@Exported
public interface Mesh {
  /** Keeps {@code grid} as received and returns it. */
  Node[][] grid(Node[][] grid);

  /** Keeps {@code rows} as received and returns it. */
  Mesh[][] rows(Mesh[][] rows);

  /** Keeps {@code cell} as received and returns it. */
  Cell cell(Cell cell);

  /** This mesh's name. */
  String name();
}

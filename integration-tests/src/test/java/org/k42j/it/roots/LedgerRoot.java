package org.k42j.it.roots;

import java.io.IOException;
import org.k42j.annotations.Root;

/** Opens the ledger's journal, which may fail: a checked exception of the only constructor. */
@Root
public final class LedgerRoot extends Ledger_RootBase {
  /** When set, the next root made fails to open its journal. */
  static volatile boolean journalUnavailable;

  public LedgerRoot() throws IOException {
    if (journalUnavailable) {
      throw new IOException("journal unavailable");
    }
  }
}

package org.k42j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.runtime.ProcessorIdentityException;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;

/** The row's writes: filled with the miss object, grown within the identity, emptied. */
class TranslationRowTest {
  private static final Runnable MISS = IdleRoot.MISS;

  /** A dispatcher that records the arrays the row installs in it. */
  private static final class RecordingHandle extends DispatcherBase {
    final List<Object[]> installed = new ArrayList<>();

    RecordingHandle() {
      super(new IdleRoot("TranslationRowTest.Idle"));
    }

    @Override
    protected void installRow(Object[] row) {
      installed.add(row);
    }
  }

  private static TranslationRow<Runnable> row(RecordingHandle handle, int length) {
    return new TranslationRow<>(Runnable[]::new, MISS, handle, length);
  }

  @Test
  void aNewRowHoldsTheMissObjectInEveryEntry() {
    TranslationRow<Runnable> row = row(new RecordingHandle(), 3);
    assertArrayEquals(new Runnable[] {MISS, MISS, MISS}, row.array());
    assertSame(MISS, row.missObject());
  }

  @Test
  void coveringAProcessorBeyondTheRowGrowsItToTheIdentitysCountAndEmptiesTheOldArray() {
    try (var machine = Processors.install(new DeclaredIdentity(8), UniformTopology.single())) {
      RecordingHandle handle = new RecordingHandle();
      int before = handle.installed.size();
      TranslationRow<Runnable> row = row(handle, 2);
      Runnable rep = () -> {};
      row.set(1, rep);
      Runnable[] old = row.array();

      row.cover(5);

      assertEquals(8, row.length());
      assertSame(rep, row.array()[1], "the entries so far are kept");
      for (int i = 0; i < 8; i++) {
        if (i != 1) {
          assertSame(MISS, row.array()[i], "entry " + i);
        }
      }
      assertEquals(before + 1, handle.installed.size());
      assertSame(row.array(), handle.installed.get(handle.installed.size() - 1));
      assertArrayEquals(new Runnable[] {MISS, MISS}, old, "a reader of the old array misses");

      row.cover(7); // covered: nothing changes
      assertEquals(before + 1, handle.installed.size());
    }
  }

  @Test
  void anIdOutsideTheIdentityIsRefusedByNameAndTheRowIsKept() {
    try (var machine = Processors.install(new DeclaredIdentity(4), UniformTopology.single())) {
      TranslationRow<Runnable> row = row(new RecordingHandle(), 2);
      for (int id : new int[] {-1, 4, Integer.MAX_VALUE}) {
        ProcessorIdentityException e =
            assertThrows(ProcessorIdentityException.class, () -> row.cover(id));
        assertTrue(e.getMessage().contains("returned " + id), e.getMessage());
        assertTrue(e.getMessage().contains("ids must be in 0..3"), e.getMessage());
      }
      assertEquals(2, row.length());
    }
  }

  @Test
  void emptyingPutsTheMissObjectBackEverywhere() {
    TranslationRow<Runnable> row = row(new RecordingHandle(), 3);
    row.set(0, () -> {});
    row.set(2, () -> {});
    row.empty();
    assertArrayEquals(new Runnable[] {MISS, MISS, MISS}, row.array());
  }
}

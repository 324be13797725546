package org.k42j.kernel.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.testing.PinnedIdentity;
import org.k42j.runtime.Processors;
import org.k42j.runtime.internal.DispatcherBase;

class NameServiceTest {
  private final Machine machine = Machine.uniform(2, 2);
  private Processors.Installation installed;
  private NameService names;

  @BeforeEach
  void install() {
    PinnedIdentity.pin(0);
    installed = Processors.install(new PinnedIdentity(4, true), machine);
    names = NameService_Factory.create();
  }

  @AfterEach
  void restore() {
    PinnedIdentity.pin(0);
    installed.close();
  }

  @Test
  void registrationIsSeenOnEveryNode() {
    PinnedIdentity.pin(0);
    names.register("console", "the console");
    for (int processor = 0; processor < 4; processor++) {
      PinnedIdentity.pin(processor);
      assertEquals("the console", names.lookup("console"));
      assertEquals("the console", names.lookup("console", CharSequence.class));
      assertEquals(Set.of("console"), names.names());
      assertEquals(1, names.version());
    }
    assertEquals(2, DispatcherBase.rootOf(names).reps().size()); // one replica per node
  }

  @Test
  void replicaCreatedAfterRegistrationsStartsFromTheLatest() {
    PinnedIdentity.pin(0);
    names.register("a", 1);
    names.register("b", 2);
    assertTrue(names.unregister("a", 1));
    PinnedIdentity.pin(3); // node 1's replica is created now
    assertNull(names.lookup("a"));
    assertEquals(2, names.lookup("b", Integer.class));
    assertEquals(3, names.version());
  }

  @Test
  void serverRemovesOnlyItsOwnBinding() {
    Object server = new Object();
    names.register("fs", server);
    assertFalse(names.unregister("fs", new Object()));
    assertFalse(names.unregister("nothing", server));
    assertSame(server, names.lookup("fs"));
    assertTrue(names.unregister("fs", server));
    assertNull(names.lookup("fs"));
  }

  @Test
  void takenNameIsRefused() {
    names.register("fs", "first");
    assertEquals(
        "name \"fs\" is already bound to first; unregister it first, or choose another name",
        assertThrows(NameTakenException.class, () -> names.register("fs", "second")).getMessage());
    assertEquals("first", names.lookup("fs"));
  }

  @Test
  void lookupOfTheWrongTypeIsRefused() {
    names.register("port", 42);
    assertEquals(
        "name \"port\" is bound to a java.lang.Integer, not a java.lang.String; look it up as"
            + " Integer (or Object)",
        assertThrows(NameTypeException.class, () -> names.lookup("port", String.class))
            .getMessage());
    assertNull(names.lookup("absent", String.class));
  }

  @Test
  void invalidBindingsAreRefused() {
    assertEquals(
        "name is empty; give a non-empty name",
        assertThrows(IllegalArgumentException.class, () -> names.register("", 1)).getMessage());
    assertEquals(
        "value for \"x\" is null; bind an object",
        assertThrows(NullPointerException.class, () -> names.register("x", null)).getMessage());
    assertEquals(
        "name is null; give the name to bind",
        assertThrows(NullPointerException.class, () -> names.register(null, 1)).getMessage());
  }
}

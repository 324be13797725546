package org.k42j.it.roots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;
import org.k42j.runtime.RootArgumentsException;
import org.k42j.runtime.spi.UniformTopology;
import org.k42j.runtime.testing.DeclaredIdentity;
import org.k42j.runtime.testing.Workers;

/**
 * A {@code @Root} whose constructors take parameters: one {@code X_Factory.create} per non-private
 * constructor, {@code ClusteredObjects.create(Contract.class, args...)} choosing among them, and
 * {@code @OnRoot} methods that a rep extending its rep base does not implement.
 */
class ConfiguredRootsTest {
  @Test
  void factoryHasOneCreatePerNonPrivateConstructorWithItsParametersAndThrows() {
    Map<String, Method> creates = new TreeMap<>();
    for (Method method : Quota_Factory.class.getDeclaredMethods()) {
      if (method.getName().equals("create")) {
        assertTrue(
            Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers()));
        assertEquals(Quota.class, method.getReturnType());
        creates.put(Arrays.toString(method.getParameterTypes()), method);
      }
    }
    assertEquals(
        List.of(
            "[class java.lang.String, long]",
            "[class java.lang.String]",
            "[interface java.nio.file.Path]",
            "[long, class [Ljava.lang.String;]"),
        List.copyOf(creates.keySet()),
        "the private no-argument constructor is not a create");
    assertTrue(creates.get("[long, class [Ljava.lang.String;]").isVarArgs());
    assertArrayEquals(
        new Class<?>[] {IOException.class},
        creates.get("[interface java.nio.file.Path]").getExceptionTypes());
    assertArrayEquals(
        new Class<?>[0], creates.get("[class java.lang.String, long]").getExceptionTypes());
  }

  @Test
  void eachCreateMakesTheRootWithItsArguments(@TempDir Path dir) throws IOException {
    Quota configured = Quota_Factory.create("acme", 10);
    assertEquals("acme", configured.tenant());
    assertEquals(10, configured.limit());

    Quota unlimited = Quota_Factory.create("solo");
    assertEquals(Long.MAX_VALUE, unlimited.limit());

    Quota shared = Quota_Factory.create(5, "a", "b", "c");
    assertEquals("a+b+c", shared.tenant());
    assertEquals(5, shared.limit());

    Path file = Files.writeString(dir.resolve("tenant"), "initech\n");
    Quota read = Quota_Factory.create(file);
    assertEquals("initech", read.tenant());
    assertEquals(QuotaRoot.FILE_LIMIT, read.limit());

    assertThrows(NoSuchFileException.class, () -> Quota_Factory.create(dir.resolve("missing")));
    assertThrows(IllegalArgumentException.class, () -> Quota_Factory.create("acme", -1));
  }

  @Test
  void repExtendingTheRepBaseHasNoBodyForOnRootMethodsAndReachesTheRootThroughIt() {
    for (String onRoot : List.of("tenant", "limit")) {
      assertThrows(
          NoSuchMethodException.class,
          () -> QuotaRep.class.getDeclaredMethod(onRoot),
          onRoot + " is implemented by Quota_RepBase, not by the rep");
    }
    try (var machine = Processors.install(new DeclaredIdentity(4), UniformTopology.single())) {
      Quota quota = Quota_Factory.create("acme", 10);
      DeclaredIdentity.declare(0);
      quota.charge(7);
      assertTrue(quota.allows(3), "the rep read the limit, 10, from the root");
      assertFalse(quota.allows(4));
      DeclaredIdentity.declare(1);
      assertTrue(quota.allows(10), "processor 1's own share is empty");
      quota.charge(2);
      assertEquals(9, quota.charged());
      assertEquals("acme", quota.tenant());
    }
  }

  @Test
  void contendedChargesOfAConfiguredQuotaAddUpExactly() throws InterruptedException {
    int threads = 4;
    int charges = 50_000;
    Quota quota = Quota_Factory.create("busy", Long.MAX_VALUE);
    Workers.run(
        threads,
        index -> {
          for (int i = 0; i < charges; i++) {
            quota.charge(1);
          }
        });
    assertEquals((long) threads * charges, quota.charged());
    assertEquals("busy", quota.tenant());
  }

  @Test
  void genericRootsCreatesReadTheConstructorsThroughTheContractsTypeVariable() {
    Pool<String> pool = Pool_Factory.create("none", "a", "b");
    assertEquals("none", pool.fallback());
    assertEquals(List.of("a", "b"), pool.seeds());
    pool.offer("x");
    assertEquals(1, pool.size());

    Pool<Integer> parsed = Pool_Factory.create("42", Integer::valueOf);
    assertEquals(42, parsed.fallback());
    assertEquals(List.of(), parsed.seeds());
  }

  @Test
  void clusteredObjectsCreatePassesArgumentsToTheMatchingConstructor(@TempDir Path dir)
      throws IOException {
    Quota exact = ClusteredObjects.create(Quota.class, "acme", 10L);
    assertEquals("acme", exact.tenant());
    assertEquals(10, exact.limit());

    Quota widened = ClusteredObjects.create(Quota.class, "acme", 10); // an Integer for a long
    assertEquals(10, widened.limit());

    assertEquals(Long.MAX_VALUE, ClusteredObjects.create(Quota.class, "solo").limit());
    assertEquals("a+b", ClusteredObjects.create(Quota.class, 3L, "a", "b").tenant());
    assertEquals("", ClusteredObjects.create(Quota.class, 3L).tenant(), "no varargs elements");
    assertEquals("x+y", ClusteredObjects.create(Quota.class, 3, new String[] {"x", "y"}).tenant());

    Path file = Files.writeString(dir.resolve("tenant"), "initech");
    assertEquals("initech", ClusteredObjects.create(Quota.class, file).tenant());
  }

  @Test
  void argumentsFittingNoConstructorNameEveryConstructor() {
    RootArgumentsException none =
        assertThrows(RootArgumentsException.class, () -> ClusteredObjects.create(Quota.class, 2.5));
    assertEquals(
        "cannot create org.k42j.it.roots.Quota: no constructor of its root takes (Double); its"
            + " root is made by create(Path), create(String), create(String, long),"
            + " create(long, String...). Pass the arguments of one of them (a primitive parameter"
            + " takes its boxed value, a varargs parameter its elements or an array), or call the"
            + " generated factory's create directly.",
        none.getMessage());

    assertThrows(
        RootArgumentsException.class,
        () -> ClusteredObjects.create(Quota.class, "acme", null),
        "null for a long");
    assertThrows(
        RootArgumentsException.class,
        () -> ClusteredObjects.create(Quota.class, 3L, "a", 4),
        "a varargs element of the wrong type");
  }

  @Test
  void argumentsFittingTwoConstructorsEquallyWellAreRefusedNotGuessed() {
    RootArgumentsException ambiguous =
        assertThrows(
            RootArgumentsException.class,
            () -> ClusteredObjects.create(Quota.class, (Object) null));
    assertTrue(
        ambiguous
            .getMessage()
            .contains("(null) fit more than one constructor of its root equally well"),
        ambiguous.getMessage());
  }

  @Test
  void
      rootWithoutANoArgumentConstructorHasNoServiceEntryAndCreateWithoutArgumentsNamesTheChoices() {
    assertNull(
        Quota.class.getClassLoader().getResource("META-INF/services/" + Quota.class.getName()));
    assertTrue(
        Arrays.stream(Quota_Dispatcher.class.getConstructors())
            .noneMatch(c -> c.getParameterCount() == 0));
    RootArgumentsException e =
        assertThrows(RootArgumentsException.class, () -> ClusteredObjects.create(Quota.class));
    assertTrue(e.getMessage().contains("no constructor of its root takes ()"), e.getMessage());
  }

  @Test
  void exceptionsOfTheRootsConstructorReachTheCaller(@TempDir Path dir) {
    ClusteredObjectException checked =
        assertThrows(
            ClusteredObjectException.class,
            () -> ClusteredObjects.create(Quota.class, dir.resolve("missing")));
    assertInstanceOf(NoSuchFileException.class, checked.getCause());

    assertThrows(
        IllegalArgumentException.class, () -> ClusteredObjects.create(Quota.class, "acme", -1L));
  }

  @Test
  void rootWithANoArgumentConstructorKeepsItsServiceEntryBesideTheConfiguredCreate() {
    assertNotNull(
        Budget.class.getClassLoader().getResource("META-INF/services/" + Budget.class.getName()));
    assertEquals(BudgetRoot.DEFAULT_CAP, ClusteredObjects.create(Budget.class).cap());
    assertEquals(BudgetRoot.DEFAULT_CAP, Budget_Factory.create().cap());
    assertEquals(7, ClusteredObjects.create(Budget.class, 7).cap());
    Budget budget = Budget_Factory.create(9);
    budget.spend(4);
    budget.spend(5);
    assertEquals(9, budget.spent());
    assertEquals(9, budget.cap());
  }

  @Test
  void noArgumentRootThatThrowsACheckedExceptionIsMadeByTheFactoryAlone() throws IOException {
    assertArrayEquals(
        new Class<?>[] {IOException.class},
        assertDoesNotThrow(() -> Ledger_Factory.class.getMethod("create")).getExceptionTypes());
    assertNull(
        Ledger.class.getClassLoader().getResource("META-INF/services/" + Ledger.class.getName()));

    Ledger ledger = Ledger_Factory.create();
    ledger.post(5);
    assertEquals(5, ledger.balance());
    Ledger created = ClusteredObjects.create(Ledger.class);
    created.post(2);
    assertEquals(2, created.balance());

    LedgerRoot.journalUnavailable = true;
    try {
      assertThrows(IOException.class, Ledger_Factory::create);
      ClusteredObjectException e =
          assertThrows(ClusteredObjectException.class, () -> ClusteredObjects.create(Ledger.class));
      assertInstanceOf(IOException.class, e.getCause());
    } finally {
      LedgerRoot.journalUnavailable = false;
    }
  }
}

package org.k42j.it.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.k42j.processor.testing.LoadedClasses;
import org.k42j.processor.testing.PinnedIdentity;
import org.k42j.runtime.Processors;

/**
 * The generated package-private nested journal: overloads, varargs, checked exceptions, default and
 * inherited methods, a gather with arguments and a broadcast, loaded and called.
 */
class JournalBehaviourTest {
  private static final String LOG = "sample.journal.Outer$Log";

  private static final LoadedClasses loaded =
      LoadedClasses.on(JournalBehaviourTest.class.getClassLoader());

  private static Object newLog() {
    return loaded.callStaticUnchecked("sample.journal.Journals", "create");
  }

  private static Object repField(String name) throws ReflectiveOperationException {
    Field field = loaded.type("sample.journal.LogRep").getDeclaredField(name);
    field.setAccessible(true);
    return field.get(null);
  }

  @Test
  void checkedExceptionsThrownByTheRepReachTheCallerUnchanged() throws Throwable {
    Object log = newLog();
    loaded.call(LOG, log, "append", "only line");
    IOException missing = assertThrows(IOException.class, () -> loaded.call(LOG, log, "read", 5));
    assertSame(repField("lastThrown"), missing);
    TimeoutException timeout =
        assertThrows(TimeoutException.class, () -> loaded.call(LOG, log, "read", -1));
    assertSame(repField("lastThrown"), timeout);
    assertEquals("only line", loaded.call(LOG, log, "read", 0));
  }

  @Test
  void varargsArriveAsTheCallersArray() throws Throwable {
    Object log = newLog();
    Object[] args = {"left", 42};
    loaded.call(LOG, log, "appendf", "%s=%s", args);
    assertSame(args, repField("lastArgs"));
    assertEquals("left=42", loaded.call(LOG, log, "read", 0));
  }

  @Test
  void overloadsDefaultAndInheritedMethodsReachTheRep() throws Throwable {
    Object log = newLog();
    loaded.call(LOG, log, "append", 3, "warn");
    loaded.call(LOG, log, "appendAll", (Object) new String[] {"x", "y"});
    assertEquals("[3] warn", loaded.call(LOG, log, "read", 0));
    assertEquals("x", loaded.call(LOG, log, "read", 1));
    assertEquals("y", loaded.call(LOG, log, "read", 2));
    assertEquals("journal", loaded.call("sample.journal.Named", log, "name"));
    assertEquals("apple", loaded.call(LOG, log, "least", List.of("pear", "apple", "plum")));
  }

  @Test
  void gatherPassesItsArgumentsToEveryRepAndBroadcastReachesEveryRep() throws Throwable {
    try (Processors.Installation machine = PinnedIdentity.install(3)) {
      Object log = newLog();
      PinnedIdentity.on(0, () -> call(log, "append", "m: zero"));
      PinnedIdentity.on(1, () -> call(log, "append", "n: one"));
      PinnedIdentity.on(2, () -> call(log, "append", "m: two"));
      assertEquals(2L, call(log, "count", "m:"));
      call(log, "mark", "m: marked");
      assertEquals(5L, call(log, "count", "m:"));
      assertEquals(1L, call(log, "count", "n:"));
    }
  }

  @Test
  void packagePrivateContractGetsPackagePrivateTypesAndNoServiceEntry() {
    for (String suffix :
        List.of("Dispatcher", "Miss", "RootBase", "Root", "RepBase", "Guard", "Factory")) {
      Class<?> type = loaded.type("sample.journal.Outer_Log_" + suffix);
      assertFalse(Modifier.isPublic(type.getModifiers()), suffix);
    }
    assertEquals(null, loaded.loader().getResource("META-INF/services/sample.journal.Outer$Log"));
  }

  private static Object call(Object log, String method, Object... arguments) throws Exception {
    try {
      return loaded.call(LOG, log, method, arguments);
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }
}

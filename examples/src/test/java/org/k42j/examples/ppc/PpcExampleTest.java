package org.k42j.examples.ppc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.machine.MachineSpecs;
import org.k42j.kernel.ppc.CallerNotOnUserThreadException;
import org.k42j.kernel.ppc.ObjectHandle;
import org.k42j.kernel.ppc.RemoteObject;

class PpcExampleTest {
  @Test
  void clientsOnEveryProcessorGetExactResultsAndTheServersExitIsReported() throws Exception {
    PpcExample.Result result = PpcExample.run(MachineSpecs.parse("2x4"), 3, 300);
    assertEquals(8, result.processors());
    assertEquals(24, result.clientThreads());
    assertEquals(24L * 300, result.asyncCalls());
    assertEquals(result.asyncCalls(), result.hitsCounted());
    assertEquals(24L * (2 * 300 + 3 + 6), result.syncCalls()); // put+get, 3 batches, 6 served()
    assertEquals(48, result.keys());
    assertEquals(8, result.reps());
    assertEquals(24L * 6, result.servedCalls());
    assertEquals(result.servedCalls(), result.servedOnCallersProcessor());
    assertTrue(result.refusedAfterExit());
    assertTrue(PpcExample.exact(result));
  }

  @Test
  void generatedStubsAndSkeletonsPassArgumentsAndResultsByValue() throws Exception {
    try (Kernel kernel = Kernel.boot(Machine.uniform(1, 2))) {
      AddressSpace server = kernel.createAddressSpace("server");
      KeyValueStore store = KeyValueStore_Factory.create();
      ObjectHandle handle = kernel.ppc().export(server, KeyValueService.class, store);
      KeyValueService kv = kernel.ppc().bind(handle, KeyValueService.class);
      assertInstanceOf(RemoteObject.class, kv);
      Dispatcher client = kernel.createAddressSpace("client").createDispatcher(1);
      on(
          client,
          () -> {
            String[] keys = {"a", "b"};
            assertEquals(2, kv.putAll(new Batch(keys, "v")));
            keys[0] = "changed by the client"; // after the call: the server's copy is untouched
            Batch kept = kv.lastBatch();
            assertArrayEquals(new String[] {"a", "b"}, kept.keys());
            assertNotSame(keys, kept.keys());
            kept.keys()[1] = "changed again"; // the client's copy of the result
            assertArrayEquals(new String[] {"a", "b"}, kv.lastBatch().keys());
            String[] listed = kv.keys();
            listed[0] = "x";
            assertArrayEquals(new String[] {"a", "b"}, kv.keys());
            assertEquals("v", kv.get("a"));
            assertNull(kv.put("c", "w"));
            assertEquals("w", kv.put("c", "w2"));
            return null;
          });
      assertArrayEquals(new String[] {"a", "b"}, store.lastBatch().keys()); // the server's own view
      assertThrows(CallerNotOnUserThreadException.class, () -> kv.get("a"));
    }
  }

  private static <T> T on(Dispatcher dispatcher, Callable<T> body) throws Exception {
    CompletableFuture<T> outcome = dispatcher.submit("test", body);
    try {
      return outcome.get(60, TimeUnit.SECONDS); // a guard against a hang, not a timing
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw (Exception) e.getCause();
    }
  }
}

package org.k42j.kernel.ppc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.k42j.kernel.BootedKernel;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.ppc.fixture.Store;

class PpcClusteredServerTest extends BootedKernel {
  @Test
  void eachCallLandsOnTheRepOfTheCallersProcessor() throws Throwable {
    boot(Machine.uniform(2, 4));
    Ppc ppc = kernel.ppc();
    AddressSpace server = kernel.createAddressSpace("server");
    ProcessorStore clustered = ProcessorStore_Factory.create();
    Store remote = ppc.bind(ppc.export(server, Store.class, clustered), Store.class);
    AddressSpace client = kernel.createAddressSpace("client");
    for (int processor = 0; processor < 8; processor++) {
      Dispatcher on = client.createDispatcher(processor);
      int calls = processor + 1;
      int served =
          OnUserThread.run(
              on,
              () -> {
                for (int i = 0; i < calls; i++) {
                  remote.add("k", 1);
                }
                return remote.servedBy();
              });
      assertEquals(processor, served);
      // only this processor's rep counted these calls
      assertEquals(calls, (long) OnUserThread.run(on, () -> remote.count("k")));
    }
    assertEquals(8, clustered.reps());
    assertEquals(36, clustered.total()); // 1 + 2 + ... + 8
  }
}

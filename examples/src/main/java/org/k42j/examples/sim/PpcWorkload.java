package org.k42j.examples.sim;

import static org.k42j.examples.sim.ExampleWorkloads.expect;

import java.util.SplittableRandom;
import org.k42j.examples.ppc.KeyValueService;
import org.k42j.examples.ppc.KeyValueStore;
import org.k42j.kernel.sim.SimContext;
import org.k42j.kernel.sim.Workload;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.simmarks.Modeled;
import org.k42j.simmarks.ModeledLine;

/**
 * The PPC example's server as a simulation workload: clients on every processor call the {@link
 * KeyValueService}, served by the real clustered {@link KeyValueStore}. Each call is modeled as
 * what a PPC is on the kernel, a protected procedure call on the caller's own processor ({@link
 * Modeled#ppc()}), followed by the store's own work on that processor: hits counted on the local
 * rep, reads and writes of the root's concurrent map (marked here, one line per key, since the
 * example's store leaves its map unmarked), and one operation in {@value #HITS_EVERY} summing the
 * hits over every rep (a gather).
 *
 * <p>The kernel's PPC path itself (stubs, server pools, the direct hand-off) needs the kernel's
 * virtual-processor threads and does not run inside a simulation; the workload calls the store
 * directly and charges the PPC's cost per call.
 */
public final class PpcWorkload implements Workload {
  static final int KEYS = 64;
  static final int PUT_EVERY = 64;
  static final int HITS_EVERY = 1024;

  @Override
  public String name() {
    return "example-ppc-kv";
  }

  @Override
  public String description() {
    return "PPC example, KeyValueStore behind PPCs: half gets, half one-way hits on the local rep,"
        + " one put in "
        + PUT_EVERY
        + ", one gathered hit count in "
        + HITS_EVERY;
  }

  @Override
  public Instance start(SimContext context) {
    KeyValueStore store = ClusteredObjects.create(KeyValueStore.class);
    ModeledLine[] entries = new ModeledLine[KEYS]; // the root map's entry for each key
    String[] keys = new String[KEYS];
    long[] versions = new long[KEYS];
    for (int key = 0; key < KEYS; key++) {
      entries[key] = new ModeledLine();
      keys[key] = "key-" + key;
      store.put(keys[key], "0");
    }
    long[] counts = new long[2]; // hits, gathers
    return new Instance() {
      @Override
      public void operation(int processor, SplittableRandom random) {
        Modeled.ppc();
        int key = random.nextInt(KEYS);
        if (random.nextInt(HITS_EVERY) == 0) {
          store.hits("hits");
          counts[1]++;
        } else if (random.nextInt(PUT_EVERY) == 0) {
          entries[key].atomic();
          versions[key]++;
          store.put(keys[key], Long.toString(versions[key]));
        } else if (random.nextBoolean()) {
          entries[key].read();
          String value = store.get(keys[key]);
          if (!Long.toString(versions[key]).equals(value)) {
            throw new IllegalStateException(
                "get("
                    + keys[key]
                    + ") returned "
                    + value
                    + " on processor "
                    + processor
                    + ", expected "
                    + versions[key]);
          }
        } else {
          store.hit("hits");
          counts[0]++;
        }
      }

      @Override
      public void finish(long operations) {
        expect("the store's hits", store.hits("hits"), counts[0]);
        expect("the store's keys", store.keys().length, KEYS);
      }
    };
  }
}

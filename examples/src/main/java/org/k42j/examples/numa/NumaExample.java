package org.k42j.examples.numa;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.k42j.examples.counter.PartitionedCounter;
import org.k42j.examples.counter.PartitionedCounter_Factory;
import org.k42j.kernel.Kernel;
import org.k42j.kernel.comm.Mailbox;
import org.k42j.kernel.dispatch.AddressSpace;
import org.k42j.kernel.dispatch.Dispatcher;
import org.k42j.kernel.dispatch.UThread;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.machine.MachineSpecs;
import org.k42j.kernel.memory.AllocationStats;
import org.k42j.kernel.memory.Block;
import org.k42j.kernel.memory.BlockPool;
import org.k42j.kernel.memory.ProcessorCounts;
import org.k42j.runtime.ClusteredObjects;
import org.k42j.runtime.Processors;

/**
 * Boots a modeled NUMA machine (default {@code 4x4}: 4 nodes of 4 processors, on any host), runs
 * user-level threads on every virtual processor, and prints per-node statistics.
 *
 * <p>Each thread makes requests whose data is on its own node three times in four (a NUMA-aware
 * placement) and on a node chosen at random otherwise. Every request increments a per-processor
 * {@link PartitionedCounter} (exclusive reps, no guard on virtual processors), records its SLIT
 * distance in the per-node {@link NodeStats}, and takes a request record from the kernel's
 * per-processor {@link BlockPool}. A local request frees its record where it was allocated; a
 * remote one sends it (an asynchronous {@link Mailbox} message) to a reclaimer thread on the data's
 * node, which frees it there: a remote free that the allocator sends home. The run fails if the
 * counter's total, the nodes' request counts, the local/remote split or the allocator's counts do
 * not add up exactly.
 *
 * <pre>
 * mvn -q -B compile exec:java -pl examples -am \
 *     -Dexec.mainClass=org.k42j.examples.numa.NumaExample -Dexec.args="4x4 2 20000"
 * </pre>
 */
public final class NumaExample {
  private static final int LOCAL_PERCENT = 75;
  private static final long SEED = 42;
  private static final int RECORDS_PER_NODE = 8192;
  private static final int RECLAIM_QUEUE = 256;

  private NumaExample() {}

  /** Arguments: {@code [machine spec] [threads per processor] [requests per thread]}. */
  public static void main(String[] args) throws Exception {
    if (args.length > 3) {
      throw new IllegalArgumentException(
          "usage: NumaExample [machine spec, e.g. 4x4] [threads per processor] [requests per"
              + " thread]");
    }
    Machine machine = MachineSpecs.parse(args.length > 0 ? args[0] : "4x4");
    int threads = args.length > 1 ? positive("threads per processor", args[1]) : 2;
    int requests = args.length > 2 ? positive("requests per thread", args[2]) : 20_000;
    print(run(machine, threads, requests), System.out);
  }

  private static int positive(String what, String text) {
    try {
      int value = Integer.parseInt(text);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(what + " must be a positive integer, got '" + text + "'");
  }

  /** Boots {@code machine}, runs the workload, checks it, shuts the kernel down. */
  public static NumaReport run(Machine machine, int threadsPerProcessor, int requestsPerThread)
      throws InterruptedException {
    try (Kernel kernel = Kernel.boot(machine)) {
      PartitionedCounter counter = PartitionedCounter_Factory.create();
      NodeStats stats = NodeStats_Factory.create();
      BlockPool<long[]> records = new BlockPool<>(machine, RECORDS_PER_NODE, node -> new long[2]);
      AddressSpace workload = kernel.createAddressSpace("workload");
      List<Dispatcher> dispatchers = new ArrayList<>();
      for (int processor = 0; processor < machine.processorCount(); processor++) {
        dispatchers.add(workload.createDispatcher(processor));
      }
      // one reclaimer per node, on the node's first processor
      List<Mailbox<Block<long[]>, Void>> reclaim = new ArrayList<>();
      List<UThread> reclaimers = new ArrayList<>();
      for (int node = 0; node < machine.nodeCount(); node++) {
        Dispatcher home = dispatchers.get(machine.processorsOf(node)[0]);
        Mailbox<Block<long[]>, Void> mailbox =
            Mailbox.create(home, "reclaim-node" + node, RECLAIM_QUEUE);
        reclaim.add(mailbox);
        reclaimers.add(home.spawn("reclaimer", () -> reclaim(mailbox, records)));
      }
      List<UThread> threads = new ArrayList<>();
      for (int processor = 0; processor < machine.processorCount(); processor++) {
        for (int t = 0; t < threadsPerProcessor; t++) {
          long seed = SEED * 1_000_003L + processor * 1024L + t;
          threads.add(
              dispatchers
                  .get(processor)
                  .spawn(
                      "worker" + t,
                      () ->
                          work(
                              machine, counter, stats, records, reclaim, requestsPerThread, seed)));
        }
      }
      for (UThread thread : threads) {
        thread.join();
      }
      for (Mailbox<Block<long[]>, Void> mailbox : reclaim) {
        while (!mailbox.offer(null)) { // null: no more records
          Thread.sleep(1);
        }
      }
      for (UThread reclaimer : reclaimers) {
        reclaimer.join();
      }
      long[] switches = new long[machine.nodeCount()];
      for (int processor = 0; processor < machine.processorCount(); processor++) {
        switches[machine.nodeOf(processor)] += kernel.scheduler().switches(processor);
      }
      AllocationStats memory = records.stats();
      List<ProcessorCounts> memoryPerNode = new ArrayList<>();
      for (int node = 0; node < machine.nodeCount(); node++) {
        memoryPerNode.add(memory.node(node));
      }
      NumaReport report =
          new NumaReport(
              machine,
              threadsPerProcessor,
              requestsPerThread,
              stats.rows(),
              switches,
              counter.value(),
              ClusteredObjects.stats(counter).reps(),
              memoryPerNode);
      check(report);
      return report;
    }
  }

  /** A reclaimer: frees the records sent to its node until it receives null. */
  private static void reclaim(Mailbox<Block<long[]>, Void> mailbox, BlockPool<long[]> records) {
    while (true) {
      Block<long[]> record = mailbox.receive().body();
      if (record == null) {
        return;
      }
      records.free(record);
    }
  }

  /** One thread's requests, on its virtual processor. */
  private static void work(
      Machine machine,
      PartitionedCounter counter,
      NodeStats stats,
      BlockPool<long[]> records,
      List<Mailbox<Block<long[]>, Void>> reclaim,
      int requests,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int home = Processors.nodeOf(Processors.current());
    for (int i = 0; i < requests; i++) {
      int dataNode =
          random.nextInt(100) < LOCAL_PERCENT ? home : random.nextInt(machine.nodeCount());
      stats.record(machine.distance(home, dataNode), dataNode == home);
      counter.increment();
      Block<long[]> record = records.allocate();
      record.value()[0] = i;
      record.value()[1] = dataNode;
      if (dataNode == home) {
        records.free(record);
      } else {
        while (!reclaim.get(dataNode).offer(record)) {
          UThread.yieldNow(); // the reclaimer is behind: let it run
        }
      }
      if ((i & 63) == 63) {
        UThread.yieldNow(); // let the processor's other threads in
      }
    }
  }

  private static void check(NumaReport report) {
    Machine machine = report.machine();
    long perProcessor = (long) report.threadsPerProcessor() * report.requestsPerThread();
    if (report.counted() != report.expectedRequests()) {
      throw new IllegalStateException(
          "the counter counted " + report.counted() + ", expected " + report.expectedRequests());
    }
    if (report.rows().size() != machine.nodeCount()) {
      throw new IllegalStateException("expected one row per node, got " + report.rows());
    }
    long remoteRequests = 0;
    for (NodeRow row : report.rows()) {
      long expected = machine.processorCountOf(row.node()) * perProcessor;
      if (row.requests() != expected || row.local() + row.remote() != row.requests()) {
        throw new IllegalStateException(
            "node " + row.node() + " counted " + row + ", expected " + expected + " requests");
      }
      ProcessorCounts memory = report.memoryPerNode().get(row.node());
      if (memory.allocations() != row.requests()) {
        throw new IllegalStateException(
            "node " + row.node() + " allocated " + memory + " for " + row.requests() + " requests");
      }
      remoteRequests += row.remote();
    }
    long localFrees = 0;
    long remoteFrees = 0;
    for (ProcessorCounts memory : report.memoryPerNode()) {
      localFrees += memory.localFrees();
      remoteFrees += memory.remoteFrees();
    }
    if (remoteFrees != remoteRequests || localFrees + remoteFrees != report.expectedRequests()) {
      throw new IllegalStateException(
          "frees: "
              + localFrees
              + " local, "
              + remoteFrees
              + " remote; expected "
              + (report.expectedRequests() - remoteRequests)
              + " and "
              + remoteRequests);
    }
  }

  /** Prints the per-node table. */
  public static void print(NumaReport report, PrintStream out) {
    Machine machine = report.machine();
    out.printf(
        "k42j NUMA example: %s, %d threads per processor x %,d requests, %d%% of data local%n%n",
        machine, report.threadsPerProcessor(), report.requestsPerThread(), LOCAL_PERCENT);
    out.printf(
        "%-4s  %-10s  %10s  %10s  %10s  %6s  %13s  %9s%n",
        "node", "processors", "requests", "local", "remote", "local%", "mean distance", "switches");
    for (NodeRow row : report.rows()) {
      int[] processors = machine.processorsOf(row.node());
      out.printf(
          "%-4d  %-10s  %10d  %10d  %10d  %5.1f%%  %13.2f  %9d%n",
          row.node(),
          range(processors),
          row.requests(),
          row.local(),
          row.remote(),
          100.0 * row.local() / row.requests(),
          row.meanDistance(),
          report.switchesPerNode()[row.node()]);
    }
    out.printf(
        "%nrequest records (BlockPool, %,d per node): remote requests free theirs on the data's"
            + " node%n%n",
        RECORDS_PER_NODE);
    out.printf(
        "%-4s  %12s  %12s  %11s  %12s  %13s%n",
        "node", "alloc local", "alloc remote", "free local", "free remote", "returned home");
    for (ProcessorCounts memory : report.memoryPerNode()) {
      out.printf(
          "%-4d  %12d  %12d  %11d  %12d  %13d%n",
          memory.node(),
          memory.localAllocations(),
          memory.remoteAllocations(),
          memory.localFrees(),
          memory.remoteFrees(),
          memory.returnedHome());
    }
    out.printf(
        "%nper-processor counter: %d over %d reps (one per virtual processor); every node's"
            + " requests, allocations and frees add up exactly.%n",
        report.counted(), report.counterReps());
  }

  private static String range(int[] processors) {
    if (processors.length == 1) {
      return Integer.toString(processors[0]);
    }
    boolean contiguous = processors[processors.length - 1] - processors[0] == processors.length - 1;
    if (contiguous) {
      return processors[0] + "-" + processors[processors.length - 1];
    }
    StringBuilder text = new StringBuilder();
    for (int processor : processors) {
      text.append(text.length() == 0 ? "" : ",").append(processor);
    }
    return text.toString();
  }
}

package org.k42j.benchmarks.cluster;

import com.hazelcast.crdt.pncounter.PNCounter;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.k42j.cluster.ClusterMember;
import org.k42j.cluster.LoopbackConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cluster side's three routes against plain Hazelcast doing the same job, on three embedded
 * members of one JVM (loopback only, {@link LoopbackConfig}), all measured from member 0: a
 * member-local call ({@code k42jMemberLocal}; the same object without the cluster handle, {@code
 * k42jPlainLocal}; a {@code PNCounter} increment, {@code pnCounterIncrement}), a cluster-wide read
 * of the total ({@code k42jClusterGather} over three members; {@code pnCounterGet}; an {@code IMap}
 * get, {@code imapGet}) and a root round trip ({@code k42jOnRoot}, an entry processor on the owner
 * of the root's entry; {@code imapEntryProcessor}, the same done by hand). The root's and the map's
 * keys are owned by whichever member Hazelcast picks: one of three, so usually another. Run:
 *
 * <pre>
 * mvn -q -B -DskipTests package -pl benchmarks -am
 * java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main 'cluster.ClusterBenchmark' -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ClusterBenchmark {
  private List<ClusterMember> members;
  private ClusterCounter cluster;
  private ClusterCounter plain;
  private PNCounter pnCounter;
  private IMap<String, Long> map;

  @Setup(Level.Trial)
  public void startCluster() {
    String name = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    members = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      members.add(ClusterMember.start(LoopbackConfig.member(name, 17001)));
    }
    ClusterMember here = members.get(0);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (here.hazelcast().getCluster().getMembers().size() < 3) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the three members did not form one cluster in 30 s");
      }
      Thread.onSpinWait();
    }
    cluster = ClusterCounter_Cluster.of(here, "counter");
    for (int i = 1; i < 3; i++) {
      ClusterCounter_Cluster.of(members.get(i), "counter").increment(); // every member has reps
    }
    plain = ClusterCounter_Factory.create();
    pnCounter = here.hazelcast().getPNCounter("pn-counter");
    map = here.hazelcast().getMap("counter-map");
    map.put("counter", 0L);
  }

  @TearDown(Level.Trial)
  public void stopCluster() {
    for (ClusterMember member : members) {
      member.terminate();
    }
  }

  @Benchmark
  public void k42jMemberLocal() {
    cluster.increment();
  }

  @Benchmark
  public void k42jPlainLocal() {
    plain.increment();
  }

  @Benchmark
  public long pnCounterIncrement() {
    return pnCounter.incrementAndGet();
  }

  @Benchmark
  public long k42jClusterGather() {
    return cluster.total();
  }

  @Benchmark
  public long pnCounterGet() {
    return pnCounter.get();
  }

  @Benchmark
  public Long imapGet() {
    return map.get("counter");
  }

  @Benchmark
  public long k42jOnRoot() {
    return cluster.addToRoot(1);
  }

  @Benchmark
  public Long imapEntryProcessor() {
    return map.executeOnKey("counter", new Add());
  }

  /** Adds one to the map's counter on the key's owner. */
  static final class Add implements EntryProcessor<String, Long, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Long process(Map.Entry<String, Long> entry) {
      long next = entry.getValue() + 1;
      entry.setValue(next);
      return next;
    }
  }
}

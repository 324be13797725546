package org.k42j.runtime.testing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.runtime.fixture.Counter;
import org.k42j.runtime.fixture.CounterRep;
import org.k42j.runtime.fixture.Counter_Factory;
import org.k42j.runtime.fixture.exclusive.AdaptiveTally;
import org.k42j.runtime.fixture.exclusive.AdaptiveTallyRep;
import org.k42j.runtime.fixture.exclusive.AdaptiveTally_Factory;
import org.k42j.runtime.fixture.exclusive.ClusterTally;
import org.k42j.runtime.fixture.exclusive.ClusterTallyRep;
import org.k42j.runtime.fixture.exclusive.ClusterTally_Factory;
import org.k42j.runtime.fixture.exclusive.NodeTally;
import org.k42j.runtime.fixture.exclusive.NodeTallyRep;
import org.k42j.runtime.fixture.exclusive.NodeTally_Factory;
import org.k42j.runtime.fixture.exclusive.SingleTally;
import org.k42j.runtime.fixture.exclusive.SingleTallyRep;
import org.k42j.runtime.fixture.exclusive.SingleTally_Factory;
import org.k42j.runtime.fixture.threadsafe.ProcessorTally;
import org.k42j.runtime.fixture.threadsafe.ProcessorTallyRep;
import org.k42j.runtime.fixture.threadsafe.ProcessorTally_Factory;

/**
 * One fixture contract (a policy and a concurrency) seen through a common face, so one test can run
 * against every variant. {@link #create()} makes a fresh clustered object; the counters are the rep
 * class's construction and cleanup counts across all its objects.
 */
public final class Variant {
  /** Processors per rep under {@code PER_CLUSTER} in every fixture. */
  public static final int CLUSTER_SIZE = 4;

  private final String name;
  private final Policy policy;
  private final Concurrency concurrency;
  private final Supplier<Tally> factory;
  private final AtomicInteger created;
  private final AtomicInteger cleaned;

  private Variant(
      String name,
      Policy policy,
      Concurrency concurrency,
      Supplier<Tally> factory,
      AtomicInteger created,
      AtomicInteger cleaned) {
    this.name = name;
    this.policy = policy;
    this.concurrency = concurrency;
    this.factory = factory;
    this.created = created;
    this.cleaned = cleaned;
  }

  /** A clustered object's counting methods, whatever its contract. */
  public interface Tally {
    void increment();

    void add(long delta);

    long total();

    /** The clustered object itself (the generated dispatcher). */
    Object handle();
  }

  /** Every fixture: both concurrencies under every policy. */
  public static Variant[] all() {
    return new Variant[] {
      of(
          "exclusive PER_PROCESSOR",
          Policy.PER_PROCESSOR,
          Concurrency.EXCLUSIVE,
          Counter_Factory::create,
          Counter::increment,
          Counter::add,
          Counter::value,
          CounterRep.CREATED,
          CounterRep.CLEANED),
      of(
          "exclusive PER_NODE",
          Policy.PER_NODE,
          Concurrency.EXCLUSIVE,
          NodeTally_Factory::create,
          NodeTally::increment,
          NodeTally::add,
          NodeTally::total,
          NodeTallyRep.CREATED,
          NodeTallyRep.CLEANED),
      of(
          "exclusive PER_CLUSTER",
          Policy.PER_CLUSTER,
          Concurrency.EXCLUSIVE,
          ClusterTally_Factory::create,
          ClusterTally::increment,
          ClusterTally::add,
          ClusterTally::total,
          ClusterTallyRep.CREATED,
          ClusterTallyRep.CLEANED),
      of(
          "exclusive SINGLE",
          Policy.SINGLE,
          Concurrency.EXCLUSIVE,
          SingleTally_Factory::create,
          SingleTally::increment,
          SingleTally::add,
          SingleTally::total,
          SingleTallyRep.CREATED,
          SingleTallyRep.CLEANED),
      of(
          "exclusive ADAPTIVE",
          Policy.ADAPTIVE,
          Concurrency.EXCLUSIVE,
          AdaptiveTally_Factory::create,
          AdaptiveTally::increment,
          AdaptiveTally::add,
          AdaptiveTally::total,
          AdaptiveTallyRep.CREATED,
          AdaptiveTallyRep.CLEANED),
      of(
          "thread-safe PER_PROCESSOR",
          Policy.PER_PROCESSOR,
          Concurrency.THREAD_SAFE,
          ProcessorTally_Factory::create,
          ProcessorTally::increment,
          ProcessorTally::add,
          ProcessorTally::total,
          ProcessorTallyRep.CREATED,
          ProcessorTallyRep.CLEANED),
      of(
          "thread-safe PER_NODE",
          Policy.PER_NODE,
          Concurrency.THREAD_SAFE,
          org.k42j.runtime.fixture.threadsafe.NodeTally_Factory::create,
          org.k42j.runtime.fixture.threadsafe.NodeTally::increment,
          org.k42j.runtime.fixture.threadsafe.NodeTally::add,
          org.k42j.runtime.fixture.threadsafe.NodeTally::total,
          org.k42j.runtime.fixture.threadsafe.NodeTallyRep.CREATED,
          org.k42j.runtime.fixture.threadsafe.NodeTallyRep.CLEANED),
      of(
          "thread-safe PER_CLUSTER",
          Policy.PER_CLUSTER,
          Concurrency.THREAD_SAFE,
          org.k42j.runtime.fixture.threadsafe.ClusterTally_Factory::create,
          org.k42j.runtime.fixture.threadsafe.ClusterTally::increment,
          org.k42j.runtime.fixture.threadsafe.ClusterTally::add,
          org.k42j.runtime.fixture.threadsafe.ClusterTally::total,
          org.k42j.runtime.fixture.threadsafe.ClusterTallyRep.CREATED,
          org.k42j.runtime.fixture.threadsafe.ClusterTallyRep.CLEANED),
      of(
          "thread-safe SINGLE",
          Policy.SINGLE,
          Concurrency.THREAD_SAFE,
          org.k42j.runtime.fixture.threadsafe.SingleTally_Factory::create,
          org.k42j.runtime.fixture.threadsafe.SingleTally::increment,
          org.k42j.runtime.fixture.threadsafe.SingleTally::add,
          org.k42j.runtime.fixture.threadsafe.SingleTally::total,
          org.k42j.runtime.fixture.threadsafe.SingleTallyRep.CREATED,
          org.k42j.runtime.fixture.threadsafe.SingleTallyRep.CLEANED),
      of(
          "thread-safe ADAPTIVE",
          Policy.ADAPTIVE,
          Concurrency.THREAD_SAFE,
          org.k42j.runtime.fixture.threadsafe.AdaptiveTally_Factory::create,
          org.k42j.runtime.fixture.threadsafe.AdaptiveTally::increment,
          org.k42j.runtime.fixture.threadsafe.AdaptiveTally::add,
          org.k42j.runtime.fixture.threadsafe.AdaptiveTally::total,
          org.k42j.runtime.fixture.threadsafe.AdaptiveTallyRep.CREATED,
          org.k42j.runtime.fixture.threadsafe.AdaptiveTallyRep.CLEANED),
    };
  }

  private static <T> Variant of(
      String name,
      Policy policy,
      Concurrency concurrency,
      Supplier<T> factory,
      Consumer<T> increment,
      ObjLongConsumer<T> add,
      ToLongFunction<T> total,
      AtomicInteger created,
      AtomicInteger cleaned) {
    Supplier<Tally> tallies =
        () -> {
          T object = factory.get();
          return new Tally() {
            @Override
            public void increment() {
              increment.accept(object);
            }

            @Override
            public void add(long delta) {
              add.accept(object, delta);
            }

            @Override
            public long total() {
              return total.applyAsLong(object);
            }

            @Override
            public Object handle() {
              return object;
            }
          };
        };
    return new Variant(name, policy, concurrency, tallies, created, cleaned);
  }

  /** A fresh clustered object of this variant. */
  public Tally create() {
    return factory.get();
  }

  public Policy policy() {
    return policy;
  }

  public Concurrency concurrency() {
    return concurrency;
  }

  /** Reps of this variant's rep class constructed so far, in every object. */
  public int created() {
    return created.get();
  }

  /** Rep cleanups of this variant's rep class run so far, in every object. */
  public int cleaned() {
    return cleaned.get();
  }

  /**
   * The rep slot that serves {@code processor} under this variant's policy, for every policy but
   * {@code ADAPTIVE} (whose slots depend on history).
   */
  public int slotOf(int processor, int nodeOf) {
    switch (policy) {
      case PER_PROCESSOR:
        return processor;
      case PER_NODE:
        return nodeOf;
      case PER_CLUSTER:
        return processor / CLUSTER_SIZE;
      case SINGLE:
        return 0;
      default:
        throw new IllegalArgumentException(policy + " has no fixed slot per processor");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}

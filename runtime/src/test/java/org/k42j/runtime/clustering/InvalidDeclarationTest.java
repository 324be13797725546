package org.k42j.runtime.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.k42j.annotations.Combiner;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;

/** Every rule a run-time declaration is checked against fails {@code build()} with its code. */
class InvalidDeclarationTest {
  private static void fails(String code, String expected, Supplier<Declaration<?, ?>> declaration) {
    Executable build = () -> declaration.get().build();
    InvalidDeclarationException e = assertThrows(InvalidDeclarationException.class, build);
    assertEquals(code, e.code(), e.getMessage());
    assertTrue(e.getMessage().startsWith("[k42j:" + code + "] "), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  private static Declaration<Tally, Void> tally() {
    return Clustering.of(Tally.class).repClass(LockedTally.class);
  }

  // --- contract --------------------------------------------------------------------------------

  @Test
  void aClassAsContractIsRefused() {
    fails(
        "contract-not-interface",
        "LockedTally is a class, but the contract of a clustered object is an interface",
        () -> Clustering.of(LockedTally.class).reps(LockedTally::new));
  }

  @Test
  void aNonPublicContractIsRefused() {
    fails(
        "contract-not-public",
        "BadParts.Hidden is not public",
        () -> Clustering.of(BadParts.Hidden.class).reps(() -> () -> {}));
  }

  @Test
  void aSealedContractIsRefused() {
    fails(
        "contract-sealed",
        "BadParts.Sealed is sealed",
        () -> Clustering.of(BadParts.Sealed.class).reps(BadParts.SealedRep::new));
  }

  @Test
  void aGatheredObjectMethodTheRepClassLeavesToObjectIsRefused() {
    fails(
        "rep-object-method",
        "Routing.Tags.hashCode() is routed to the reps, but Routing.IdentityTagsRep inherits"
            + " Object's hashCode()",
        () ->
            Clustering.of(Routing.Tags.class)
                .repClass(Routing.IdentityTagsRep.class)
                .gather("hashCode", org.k42j.annotations.Reduce.SUM));
  }

  @Test
  void aSerializableContractIsRefused() {
    fails(
        "contract-serializable",
        "BadParts.Snapshot extends java.io.Serializable, but an object clustered at run time has no"
            + " serial form",
        () -> Clustering.of(BadParts.Snapshot.class).reps(() -> () -> 0));
    fails(
        "contract-serializable",
        "BadParts.SnapshotCounter extends BadParts.Snapshot, a Serializable interface",
        () -> Clustering.of(BadParts.SnapshotCounter.class).repClass(PlainCounter.class));
  }

  @Test
  void aNullContractIsRefused() {
    fails("null-argument", "the contract is null", () -> Clustering.of(null));
  }

  // --- settings --------------------------------------------------------------------------------

  @Test
  void perClusterWithoutAClusterSizeIsRefused() {
    fails(
        "cluster-size-required",
        "Policy.PER_CLUSTER on Tally needs clusterSize of at least 2 (processors per rep), but"
            + " clusterSize is not set",
        () -> tally().policy(Policy.PER_CLUSTER));
    fails(
        "cluster-size-required",
        "but clusterSize is 1",
        () -> tally().policy(Policy.PER_CLUSTER).clusterSize(1));
  }

  @Test
  void aClusterSizeUnderAnotherPolicyIsRefused() {
    fails(
        "cluster-size-without-per-cluster",
        "clusterSize = 4 on Tally has no meaning under Policy.PER_NODE",
        () -> tally().policy(Policy.PER_NODE).clusterSize(4));
  }

  @Test
  void nullSettingsAreRefused() {
    fails("null-argument", "the policy is null", () -> tally().policy(null));
    fails("null-argument", "the concurrency is null", () -> tally().concurrency(null));
  }

  // --- methods ---------------------------------------------------------------------------------

  @Test
  void aMethodThatDoesNotExistIsRefused() {
    fails(
        "method-not-found",
        "Tally has no method totl(...), so it cannot be declared a gather (Reduce.SUM); its"
            + " methods are add(long), allPositive(), describe(), largest(), reset(), shared(),"
            + " total()",
        () -> tally().gather("totl", Reduce.SUM));
  }

  @Test
  void parameterTypesThatMatchNoOverloadAreRefused() {
    fails(
        "method-not-found",
        "Tally has no method add(int), so it cannot be declared a broadcast",
        () -> tally().broadcast("add", int.class));
  }

  @Test
  void anOverloadedNameWithoutParameterTypesIsRefused() {
    fails(
        "method-ambiguous",
        "BadParts.Overloaded has 2 methods named add (add(int), add(long)), so the declaration"
            + " of a broadcast does not say which; pass the parameter types, for example \"add\","
            + " int.class",
        () -> Clustering.of(BadParts.Overloaded.class).reps(() -> null).broadcast("add"));
  }

  @Test
  void aStaticContractMethodCannotBeRouted() {
    fails(
        "marker-unrouted-method",
        "BadParts.WithStatic.none() is declared a broadcast, but it is static, and such methods"
            + " are not routed",
        () -> Clustering.of(BadParts.WithStatic.class).reps(() -> () -> {}).broadcast("none"));
  }

  @Test
  void aMethodRoutedTwoWaysIsRefused() {
    fails(
        "routing-conflict",
        "Tally.total() is declared both a gather (Reduce.SUM) and a gather (Reduce.MAX)",
        () -> tally().gather("total", Reduce.SUM).gather("total", Reduce.MAX));
    fails(
        "routing-conflict",
        "Tally.reset() is declared both a broadcast and on-root",
        () -> tally().broadcast("reset").root(SharedCount.class, SharedCount::new).onRoot("reset"));
  }

  @Test
  void aVoidGatherIsRefused() {
    fails(
        "gather-void",
        "Tally.reset() is declared a gather but returns void",
        () -> tally().gather("reset", Reduce.SUM));
  }

  @Test
  void aBroadcastReturningAValueIsRefused() {
    fails(
        "broadcast-non-void",
        "Tally.total() is declared a broadcast but returns long, which a broadcast would discard",
        () -> tally().broadcast("total"));
  }

  @Test
  void aGatherWithoutReductionIsRefused() {
    fails(
        "gather-no-reduction",
        "the gather Tally.total() names neither a reduction nor a combiner",
        () -> tally().gather("total", Reduce.NONE));
    fails(
        "gather-no-reduction",
        "names neither a reduction nor a combiner",
        () -> tally().gather("total", (Class<? extends Combiner<?>>) null));
  }

  @Test
  void aReductionOfTheWrongTypeIsRefused() {
    fails(
        "gather-reduce-type",
        "Reduce.SUM cannot fold Tally.describe(), which returns String; Reduce.SUM needs int,"
            + " long, float or double (or their boxes)",
        () -> tally().gather("describe", Reduce.SUM));
    fails(
        "gather-reduce-type",
        "Reduce.ALL cannot fold Tally.total(), which returns long; Reduce.ALL needs boolean (or"
            + " Boolean)",
        () -> tally().gather("total", Reduce.ALL));
  }

  @Test
  void aCombinerOfTheWrongTypeIsRefused() {
    fails(
        "gather-combiner-type",
        "BadParts.SumInts is a Combiner<Integer>, but Tally.describe() returns String; use a"
            + " combiner implementing Combiner<String>",
        () -> tally().gather("describe", BadParts.SumInts.class));
    fails(
        "gather-combiner-type",
        "Concat is a Combiner<String>, but Tally.total() returns long; use a combiner"
            + " implementing Combiner<Long>",
        () -> tally().gather("total", Concat.class));
  }

  @Test
  void aCombinerTheDispatcherCannotCreateIsRefused() {
    fails(
        "gather-combiner-unusable",
        "the dispatcher cannot create BadParts.AbstractConcat, the combiner of Tally.describe():"
            + " it is abstract",
        () -> tally().gather("describe", BadParts.AbstractConcat.class));
    fails(
        "gather-combiner-unusable",
        "BadParts.PrefixConcat, the combiner of Tally.describe(): it has no constructor taking no"
            + " arguments; add one",
        () -> tally().gather("describe", BadParts.PrefixConcat.class));
    fails(
        "gather-combiner-unusable",
        "its constructor threw java.lang.IllegalStateException: no configuration",
        () -> tally().gather("describe", BadParts.FailingConcat.class));
  }

  // --- roots -----------------------------------------------------------------------------------

  @Test
  void anOnRootMethodWithoutRootIsRefused() {
    fails(
        "on-root-without-root",
        "Tally.shared() is declared on-root, but the declaration of Tally has no root",
        () -> tally().onRoot("shared"));
  }

  @Test
  void anOnRootMethodTheRootLacksIsRefused() {
    fails(
        "on-root-missing-method",
        "BadParts.EmptyRoot declares no method shared() for the on-root method Tally.shared()",
        () -> tally().root(BadParts.EmptyRoot.class, BadParts.EmptyRoot::new).onRoot("shared"));
  }

  @Test
  void anOnRootMethodOfTheWrongSignatureIsRefused() {
    fails(
        "on-root-signature",
        "BadParts.LongRoot.shared() cannot run the on-root method Tally.shared(): it returns"
            + " long, not int",
        () -> tally().root(BadParts.LongRoot.class, BadParts.LongRoot::new).onRoot("shared"));
    fails(
        "on-root-signature",
        "it throws IOException, which Tally.shared() does not declare",
        () ->
            tally().root(BadParts.ThrowingRoot.class, BadParts.ThrowingRoot::new).onRoot("shared"));
  }

  @Test
  void aRootWithoutClassOrMakerIsRefused() {
    fails("null-argument", "the root's class is null", () -> tally().root(null, reps -> null));
    fails("null-argument", "the root maker is null", () -> tally().root(SharedCount.class, null));
  }

  // --- reps ------------------------------------------------------------------------------------

  @Test
  void aDeclarationWithoutRepsIsRefused() {
    fails(
        "missing-rep",
        "Tally has no way of making reps; call reps(...)",
        () -> Clustering.of(Tally.class).gather("total", Reduce.SUM));
  }

  @Test
  void aDeclarationMakingRepsTwoWaysIsRefused() {
    fails(
        "duplicate-rep",
        "reps(Supplier) is a second way of making the reps of Tally, which already has"
            + " repClass(LockedTally); keep exactly one",
        () -> tally().reps(LockedTally::new));
  }

  @Test
  void repsFromTheRootWithoutRootAreRefused() {
    fails(
        "reps-without-root",
        "the reps of Tally are made from the root (repsWithRoot), but the declaration has no"
            + " root",
        () -> Clustering.of(Tally.class).repsWithRoot(root -> new LockedTally()));
  }

  @Test
  void aFinalClassThatMustBeSubclassedIsRefused() {
    fails(
        "rep-final",
        "BadParts.FinalCounter does not implement Counting and is final, so it cannot be"
            + " subclassed to implement it",
        () -> Clustering.of(Counting.class).repClass(BadParts.FinalCounter.class));
  }

  @Test
  void aNonPublicClassThatMustBeSubclassedIsRefused() {
    fails(
        "rep-not-subclassable",
        "BadParts.HiddenCounter does not implement Counting and is not public",
        () -> Clustering.of(Counting.class).repClass(BadParts.HiddenCounter.class));
  }

  @Test
  void aRepClassLackingAContractMethodIsRefused() {
    fails(
        "rep-missing-method",
        "BadParts.HalfCounter does not implement Counting.count(), but a rep implements every"
            + " abstract method of its contract",
        () -> Clustering.of(Counting.class).repClass(BadParts.HalfCounter.class));
    fails(
        "rep-missing-method",
        "BadParts.StringCounter does not implement Counting.count(), but a rep implements every"
            + " abstract method of its contract (the dispatcher routes calls of it to a rep); add a"
            + " public method long count() to BadParts.StringCounter",
        () -> Clustering.of(Counting.class).repClass(BadParts.StringCounter.class));
  }

  @Test
  void aRepClassLackingAnOnRootMethodIsRefusedOnlyWhenTheMethodIsNotDeclaredOnRoot() {
    fails(
        "rep-missing-method",
        "add a public method int shared() to UnsharedTally, or make reps with reps(...)",
        () ->
            Clustering.of(Tally.class)
                .root(SharedCount.class, SharedCount::new)
                .repClass(UnsharedTally.class)
                .gather("total", Reduce.SUM)
                .gather("largest", Reduce.MAX)
                .gather("allPositive", Reduce.ALL)
                .gather("describe", Concat.class)
                .broadcast("reset"));
  }

  @Test
  void aRepClassWithoutUsableConstructorIsRefused() {
    fails(
        "rep-no-constructor",
        "BadParts.NoDefaultConstructor has no constructor the root can call",
        () -> Clustering.of(Counting.class).repClass(BadParts.NoDefaultConstructor.class));
  }

  @Test
  void anAbstractOrNonClassRepIsRefused() {
    fails(
        "rep-abstract",
        "BadParts.AbstractCounter is abstract",
        () -> Clustering.of(Counting.class).repClass(BadParts.AbstractCounter.class));
    fails(
        "rep-not-class",
        "Counting is an interface, but a rep is a class the root instantiates",
        () -> Clustering.of(Counting.class).repClass(Counting.class));
  }

  @Test
  void aNullRepMakerIsRefused() {
    fails(
        "null-argument",
        "the rep maker is null",
        () -> Clustering.of(Tally.class).reps((Supplier<Tally>) null));
    fails(
        "null-argument", "the rep class is null", () -> Clustering.of(Tally.class).repClass(null));
  }

  @Test
  void aContractMethodTheGuardReservesIsRefusedForExclusiveRepsOnly() {
    fails(
        "reserved-method",
        "BadParts.Lockable.lock() clashes with lock(), which the guard of an exclusive rep"
            + " generated at run time declares",
        () -> Clustering.of(BadParts.Lockable.class).reps(() -> () -> {}));
    Clustering.of(BadParts.Lockable.class)
        .reps(() -> () -> {})
        .concurrency(Concurrency.THREAD_SAFE)
        .build();
  }
}

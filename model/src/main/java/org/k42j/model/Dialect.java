package org.k42j.model;

import java.util.Map;

/**
 * The words a {@link Rule}'s message uses for what differs between the two front ends: the
 * annotation processor's users write markers ({@code @Gather}), the run-time path's users call a
 * builder ({@code gather(...)}). A template names such a word as {@code {term}}; everything else in
 * a message is the same on both paths.
 */
public enum Dialect {
  /** The annotation processor: annotations on contracts, reps and roots. */
  ANNOTATIONS(
      Map.ofEntries(
          Map.entry(
              "contract-is-an-interface",
              "@ClusteredObject marks the interface of a" + " clustered object"),
          Map.entry(
              "declare-an-interface",
              "declare %s as an interface and put the per-processor code in a @Rep class"
                  + " implementing it"),
          Map.entry(
              "sealed-contract", "but does not permit %s, which k42j generates to implement it"),
          Map.entry("or-permit", ", or add %s to the permits clause"),
          Map.entry(
              "serial-form-needs",
              "%s declares no state transfer, and a clustered object's serial form is the state its"
                  + " reps export; add an @ExportState and an @ImportState method to %s (reading"
                  + " the form back makes a new object whose first rep imports every state)"),
          Map.entry("a-gather-method", "a @Gather method"),
          Map.entry("cluster-size-2", "clusterSize = 2"),
          Map.entry("policy-per-cluster", "policy = Policy.PER_CLUSTER"),
          Map.entry("rep-class", "@Rep class"),
          Map.entry(
              "write-a-rep",
              "write a class annotated @Rep that implements it, for example `@Rep final class %sRep"
                  + " implements %s`"),
          Map.entry("rep-for", "@Rep for"),
          Map.entry("one-rep", "@Rep on exactly one class per contract"),
          Map.entry("declare-a-rep-class", "declare it as `final class %s implements %s`"),
          Map.entry("generated-root", "generated root"),
          Map.entry(
              "make-rep-concrete", "make it a concrete class that implements every method of %s"),
          Map.entry("or-adapter", ""),
          Map.entry("or-on-root", "mark it @OnRoot"),
          Map.entry("marked", "marked"),
          Map.entry("remove-marker", "remove the annotation or"),
          Map.entry("gather", "@Gather"),
          Map.entry("broadcast", "@Broadcast"),
          Map.entry("use-gather", "use @Gather"),
          Map.entry("use-broadcast", "use @Broadcast"),
          Map.entry("gather-on", "@Gather on"),
          Map.entry(
              "add-reduction",
              "add reduce = Reduce.SUM (or MIN, MAX, ALL, ANY) or combiner = YourCombiner.class"),
          Map.entry("generated-dispatcher", "generated dispatcher"),
          Map.entry("on-root", "@OnRoot"),
          Map.entry("on-root-method", "@OnRoot method"),
          Map.entry("root-class", "root class"),
          Map.entry(
              "add-a-root",
              "write `@Root class %s extends %s` declaring the method and name it from the rep with"
                  + " @Rep(root = %s.class), or remove @OnRoot"),
          Map.entry("root-method-visibility", "non-private"),
          Map.entry("a-version-of", "a @RepVersion of"),
          Map.entry("it-serves", "%s serves"),
          Map.entry(
              "declare-state-transfer",
              "declare in both an @ExportState method returning %s and an @ImportState method"
                  + " taking java.util.List<%s>"),
          Map.entry("the-rep-class", "the @Rep class"),
          Map.entry("the-generated", "the generated "),
          Map.entry("at-run-time", ""))),

  /** The run-time path: a {@code Clustering.of(...)} declaration of existing classes. */
  DECLARATION(
      Map.ofEntries(
          Map.entry(
              "contract-is-an-interface", "the contract of a clustered object is an interface"),
          Map.entry(
              "declare-an-interface",
              "write an interface with the methods callers use (the existing class can stay as the"
                  + " rep: repClass(%s.class))"),
          Map.entry(
              "sealed-contract",
              "so the dispatcher, miss object and guard generated at run time cannot implement it"),
          Map.entry("or-permit", ""),
          Map.entry(
              "serial-form-needs",
              "an object clustered at run time has no serial form (its reps are made by functions,"
                  + " which cannot be written); cluster it with the annotation processor and a"
                  + " state transfer (@ExportState and @ImportState on the rep), whose serial form"
                  + " is every rep's exported state"),
          Map.entry("a-gather-method", "a gather"),
          Map.entry("cluster-size-2", "clusterSize(2)"),
          Map.entry("policy-per-cluster", "policy(Policy.PER_CLUSTER)"),
          Map.entry("rep-class", "way of making reps"),
          Map.entry(
              "write-a-rep",
              "call reps(...) with a function making one, or repClass(ExistingClass.class)"),
          Map.entry("rep-for", "way of making the reps of"),
          Map.entry("one-rep", "exactly one"),
          Map.entry("declare-a-rep-class", "name a concrete class"),
          Map.entry("generated-root", "root"),
          Map.entry("make-rep-concrete", "name a concrete class, or make reps with reps(...)"),
          Map.entry("or-adapter", ", or make reps with reps(...) from an adapter"),
          Map.entry("or-on-root", "route it to the root"),
          Map.entry("marked", "declared"),
          Map.entry("remove-marker", "leave it undeclared or"),
          Map.entry("gather", "declared a gather"),
          Map.entry("broadcast", "declared a broadcast"),
          Map.entry("use-gather", "declare it a gather"),
          Map.entry("use-broadcast", "declare it a broadcast"),
          Map.entry("gather-on", "the gather"),
          Map.entry(
              "add-reduction", "pass Reduce.SUM (or MIN, MAX, ALL, ANY) or YourCombiner.class"),
          Map.entry("generated-dispatcher", "dispatcher"),
          Map.entry("on-root", "declared on-root"),
          Map.entry("on-root-method", "on-root method"),
          Map.entry("root-class", "root"),
          Map.entry(
              "add-a-root",
              "add root(RootClass.class, reps -> new RootClass(...)) with the method, or route it"
                  + " another way"),
          Map.entry("root-method-visibility", "public"),
          Map.entry("a-version-of", "a version of"),
          Map.entry("it-serves", "of the clustered object"),
          Map.entry(
              "declare-state-transfer",
              "add stateTransfer(RepClass.class, rep -> state, (rep, states) -> ...)"),
          Map.entry("the-rep-class", "the declared rep class"),
          Map.entry("the-generated", "the "),
          Map.entry("at-run-time", " generated at run time")));

  private final Map<String, String> terms;

  Dialect(Map<String, String> terms) {
    this.terms = terms;
  }

  /** This dialect's word for {@code term}. */
  String term(String term) {
    String word = terms.get(term);
    if (word == null) {
      throw new IllegalArgumentException("no term {" + term + "} in " + this);
    }
    return word;
  }

  /** Every term this dialect defines. */
  java.util.Set<String> terms() {
    return terms.keySet();
  }
}

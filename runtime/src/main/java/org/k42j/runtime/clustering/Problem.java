package org.k42j.runtime.clustering;

/**
 * The rules a run-time declaration is checked against, each with its code and message template.
 * Rules the annotation processor enforces too carry the processor's code and say the same thing in
 * the run-time path's terms (a method "declared as a gather" rather than "marked @Gather").
 */
enum Problem {
  NULL_ARGUMENT("null-argument", "%s is null; %s"),
  CONTRACT_NOT_INTERFACE(
      "contract-not-interface",
      "%s is %s, but the contract of a clustered object is an interface; write an interface with"
          + " the methods callers use (the existing class can stay as the rep:"
          + " repClass(%s.class))"),
  CONTRACT_NOT_PUBLIC(
      "contract-not-public",
      "%s is not public%s, so the classes generated at run time, which live in a class loader of"
          + " their own, cannot implement it; make it public"),
  CONTRACT_SEALED(
      "contract-sealed",
      "%s is sealed, so the dispatcher, miss object and guard generated at run time cannot"
          + " implement it; remove sealed and its permits clause"),
  CONTRACT_SERIALIZABLE(
      "contract-serializable",
      "%s extends %s, but an object clustered at run time has no serial form (its reps are made by"
          + " functions, which cannot be written); cluster it with the annotation processor and a"
          + " state transfer (@ExportState and @ImportState on the rep), whose serial form is every"
          + " rep's exported state, or do not extend Serializable and serialize a snapshot from a"
          + " gather"),
  CLUSTER_SIZE_REQUIRED(
      "cluster-size-required",
      "Policy.PER_CLUSTER on %s needs clusterSize of at least 2 (processors per rep), but %s; set"
          + " clusterSize(2) or more, or choose another policy"),
  CLUSTER_SIZE_WITHOUT_PER_CLUSTER(
      "cluster-size-without-per-cluster",
      "clusterSize = %s on %s has no meaning under Policy.%s; remove clusterSize, or use"
          + " policy(Policy.PER_CLUSTER)"),
  MISSING_REP(
      "missing-rep",
      "the declaration of %s says nothing about how reps are made; call reps(...) with a function"
          + " making one, or repClass(ExistingClass.class)"),
  DUPLICATE_REP(
      "duplicate-rep",
      "the declaration of %s says twice how reps are made (%s and %s); keep exactly one"),
  REPS_WITHOUT_ROOT(
      "reps-without-root",
      "the reps of %s are made from the root (repsWithRoot), but the declaration has no root; add"
          + " root(RootClass.class, reps -> new RootClass(...)), or make reps with reps(Supplier)"),
  REP_NOT_CLASS(
      "rep-not-class",
      "%s is %s, but a rep class is a class the root instantiates; name a concrete class"),
  REP_ABSTRACT(
      "rep-abstract",
      "%s is abstract, so the root cannot create it; name a concrete class, or make reps with"
          + " reps(...)"),
  REP_FINAL(
      "rep-final",
      "%s does not implement %s and is final, so it cannot be subclassed to implement it; make"
          + " %s implement %s, remove final, or make reps with reps(...) from an adapter that"
          + " implements %s"),
  REP_NOT_SUBCLASSABLE(
      "rep-not-subclassable",
      "%s does not implement %s and %s, so a class generated at run time cannot subclass it to"
          + " implement it; make %s implement %s, or make reps with reps(...)"),
  REP_MISSING_METHOD(
      "rep-missing-method",
      "%s does not implement %s and has no public method %s returning %s, so it cannot serve as"
          + " its rep; add the method, or make reps with reps(...) from an adapter"),
  REP_OBJECT_METHOD(
      "rep-object-method",
      "%s is routed to the reps, but %s inherits Object's %s, which answers for the rep's"
          + " identity, not its state; override %s in %s, or route it to the root"),
  REP_NO_CONSTRUCTOR(
      "rep-no-constructor",
      "%s has no constructor the root can call; add %s constructor taking no arguments%s"),
  ROOT_NOT_CLASS(
      "root-not-class",
      "%s is %s, but the root is an object of a class; name the class of the object the root"
          + " maker returns"),
  METHOD_NOT_FOUND(
      "method-not-found", "%s has no method %s, so it cannot be declared %s; its methods are %s"),
  METHOD_AMBIGUOUS(
      "method-ambiguous",
      "%s has %s methods named %s (%s), so the declaration of %s does not say which; pass the"
          + " parameter types, for example %s"),
  METHOD_NOT_ROUTABLE(
      "marker-unrouted-method",
      "%s is %s, and such methods are not routed, so it cannot be declared %s; declare an"
          + " abstract or default method of the contract"),
  ROUTING_CONFLICT(
      "routing-conflict",
      "%s is declared both %s and %s, but a method is routed exactly one way; keep one"),
  GATHER_VOID(
      "gather-void",
      "%s is declared a gather but returns void, so there is nothing to combine; return the value"
          + " to combine, or declare it a broadcast to run it on every rep"),
  BROADCAST_NON_VOID(
      "broadcast-non-void",
      "%s is declared a broadcast but returns %s, which a broadcast would discard; make it return"
          + " void, or declare it a gather to combine the reps' results"),
  GATHER_NO_REDUCTION(
      "gather-no-reduction",
      "the gather %s names neither a reduction nor a combiner; pass Reduce.SUM (or MIN, MAX, ALL,"
          + " ANY) or YourCombiner.class"),
  GATHER_REDUCE_TYPE(
      "gather-reduce-type",
      "Reduce.%s cannot fold %s, which returns %s; Reduce.%s needs %s: change the return type or"
          + " use a combiner"),
  GATHER_COMBINER_TYPE(
      "gather-combiner-type",
      "%s is %s, but %s returns %s; use a combiner implementing Combiner<%s>"),
  GATHER_COMBINER_UNUSABLE(
      "gather-combiner-unusable", "the dispatcher cannot create %s, the combiner of %s: %s; %s"),
  ON_ROOT_WITHOUT_ROOT(
      "on-root-without-root",
      "%s is declared on-root, but the declaration of %s has no root to run it on; add"
          + " root(RootClass.class, reps -> new RootClass(...)) with the method, or route it"
          + " another way"),
  ON_ROOT_MISSING_METHOD(
      "on-root-missing-method",
      "%s declares no method %s for the on-root method %s; add a public method with the same"
          + " name, parameters and return type to %s"),
  ON_ROOT_SIGNATURE("on-root-signature", "%s cannot run the on-root method %s: %s; %s"),
  REP_VERSION_CONTRACT(
      "rep-version-contract",
      "the version %s does not implement %s, the contract of the clustered object; declare a rep"
          + " class implementing %s as the version"),
  REP_VERSION_TWICE(
      "rep-version-twice",
      "%s is declared twice as a rep class of %s (as its rep class or a version); declare each"
          + " class once"),
  REP_VERSION_STATE(
      "rep-version-state",
      "the version %s of %s has no state to move between the classes: the declaration has no state"
          + " transfer; add stateTransfer(RepClass.class, rep -> state, (rep, states) -> ...)"),
  REP_VERSION_DEFAULT_METHODS(
      "rep-version-default-methods",
      "the version %s of %s cannot replace %s: %s overrides the contract's default method %s but"
          + " %s does not, and whether the dispatcher leaves such a method to its body or routes it"
          + " to the rep is decided by the declared reps alone; override it in both classes, or in"
          + " neither"),
  STATE_TRANSFER_REP_TYPE(
      "state-transfer-rep-type",
      "the state transfer of %s is declared for reps of %s, but its reps are %s; declare it for"
          + " %s (or a supertype)"),
  RESERVED_METHOD(
      "reserved-method",
      "%s clashes with %s, which the %s generated at run time declares; rename the contract"
          + " method");

  private final String code;
  private final String template;

  Problem(String code, String template) {
    this.code = code;
    this.template = template;
  }

  String code() {
    return code;
  }

  /** The exception for this rule, its message formatted from {@code arguments}. */
  InvalidDeclarationException exception(Object... arguments) {
    return new InvalidDeclarationException(code, String.format(template, arguments));
  }
}

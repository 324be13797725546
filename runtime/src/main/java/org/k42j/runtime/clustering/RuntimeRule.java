package org.k42j.runtime.clustering;

import org.k42j.model.Dialect;
import org.k42j.model.Finding;
import org.k42j.model.Rule;

/**
 * Every rule a run-time declaration is checked against, each with its code and message template.
 * The rules the annotation processor enforces too come from the shared catalogue ({@link Rule}),
 * worded in the run-time path's terms ({@link Dialect#DECLARATION}: a method "declared a gather"
 * rather than "marked @Gather"); the others are this path's own.
 */
enum RuntimeRule {
  // --- the run-time path's own rules -----------------------------------------------------------
  NULL_ARGUMENT("null-argument", "%s is null; %s"),
  CONTRACT_NOT_PUBLIC(
      "contract-not-public",
      "%s is not public%s, so the classes generated at run time, which live in a class loader of"
          + " their own, cannot implement it; make it public"),
  REPS_WITHOUT_ROOT(
      "reps-without-root",
      "the reps of %s are made from the root (repsWithRoot), but the declaration has no root; add"
          + " root(RootClass.class, reps -> new RootClass(...)), or make reps with reps(Supplier)"),
  REP_FINAL(
      "rep-final",
      "%s does not implement %s and is final, so it cannot be subclassed to implement it; make"
          + " %s implement %s, remove final, or make reps with reps(...) from an adapter that"
          + " implements %s"),
  REP_NOT_SUBCLASSABLE(
      "rep-not-subclassable",
      "%s does not implement %s and %s, so a class generated at run time cannot subclass it to"
          + " implement it; make %s implement %s, or make reps with reps(...)"),
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
  REP_VERSION_TWICE(
      "rep-version-twice",
      "%s is declared twice as a rep class of %s (as its rep class or a version); declare each"
          + " class once"),
  STATE_TRANSFER_REP_TYPE(
      "state-transfer-rep-type",
      "the state transfer of %s is declared for reps of %s, but its reps are %s; declare it for"
          + " %s (or a supertype)"),

  // --- the shared catalogue --------------------------------------------------------------------
  CONTRACT_NOT_INTERFACE(Rule.CONTRACT_NOT_INTERFACE),
  CONTRACT_SEALED(Rule.CONTRACT_SEALED),
  CONTRACT_SERIALIZABLE(Rule.CONTRACT_SERIALIZABLE),
  CLUSTER_SIZE_REQUIRED(Rule.CLUSTER_SIZE_REQUIRED),
  CLUSTER_SIZE_WITHOUT_PER_CLUSTER(Rule.CLUSTER_SIZE_WITHOUT_PER_CLUSTER),
  ROUTING_CONFLICT(Rule.ROUTING_CONFLICT),
  METHOD_NOT_ROUTABLE(Rule.MARKER_UNROUTED_METHOD),
  GATHER_VOID(Rule.GATHER_VOID),
  BROADCAST_NON_VOID(Rule.BROADCAST_NON_VOID),
  GATHER_NO_REDUCTION(Rule.GATHER_NO_REDUCTION),
  GATHER_REDUCE_TYPE(Rule.GATHER_REDUCE_TYPE),
  GATHER_COMBINER_TYPE(Rule.GATHER_COMBINER_TYPE),
  GATHER_COMBINER_UNUSABLE(Rule.GATHER_COMBINER_UNUSABLE),
  RESERVED_METHOD(Rule.RESERVED_METHOD),
  MISSING_REP(Rule.MISSING_REP),
  DUPLICATE_REP(Rule.DUPLICATE_REP),
  REP_NOT_CLASS(Rule.REP_NOT_CLASS),
  REP_ABSTRACT(Rule.REP_ABSTRACT),
  REP_MISSING_METHOD(Rule.REP_MISSING_METHOD),
  REP_OBJECT_METHOD(Rule.REP_OBJECT_METHOD),
  REP_NO_CONSTRUCTOR(Rule.REP_NO_CONSTRUCTOR),
  REP_VERSION_CONTRACT(Rule.REP_VERSION_CONTRACT),
  REP_VERSION_STATE(Rule.REP_VERSION_STATE),
  REP_VERSION_DEFAULT_METHODS(Rule.REP_VERSION_DEFAULT_METHODS),
  ON_ROOT_WITHOUT_ROOT(Rule.ON_ROOT_WITHOUT_ROOT),
  ON_ROOT_MISSING_METHOD(Rule.ON_ROOT_MISSING_METHOD),
  ON_ROOT_SIGNATURE(Rule.ON_ROOT_SIGNATURE);

  private final String code;
  private final String template;

  RuntimeRule(String code, String template) {
    this.code = code;
    this.template = template;
  }

  RuntimeRule(Rule rule) {
    this(rule.code(), rule.template(Dialect.DECLARATION));
  }

  String code() {
    return code;
  }

  /** The exception for this rule, its message formatted from {@code arguments}. */
  InvalidDeclarationException exception(Object... arguments) {
    return new InvalidDeclarationException(code, String.format(template, arguments));
  }

  /** The exception for a shared rule's {@code finding}. */
  static InvalidDeclarationException exception(Finding finding) {
    return new InvalidDeclarationException(
        finding.rule().code(), finding.message(Dialect.DECLARATION));
  }
}

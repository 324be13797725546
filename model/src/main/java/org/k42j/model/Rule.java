package org.k42j.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue of the rules both front ends enforce, the annotation processor on annotated sources
 * and the run-time path on a {@code Clustering.of(...)} declaration: one code and one wording per
 * rule. A message reads {@code <what is wrong>; <what to do>}; a template is a {@link
 * String#format} pattern whose every argument is a plain string, with {@code {term}} for a word
 * that each {@link Dialect} says its own way. Rules only one path has stay in that path's own
 * catalogue (the processor's {@code Diagnostic}, the run-time path's {@code Problem}), which list
 * these too, so each path has one list of every code it reports.
 */
public enum Rule {
  // --- the contract ----------------------------------------------------------------------------
  CONTRACT_NOT_INTERFACE(
      "contract-not-interface", "%s is %s, but {contract-is-an-interface}; {declare-an-interface}"),
  CONTRACT_SEALED(
      "contract-sealed",
      "%s is sealed, {sealed-contract}; remove sealed and its permits clause{or-permit}"),
  CONTRACT_SERIALIZABLE(
      "contract-serializable",
      "%s extends %s, but {serial-form-needs}, or do not extend Serializable and serialize a"
          + " snapshot from {a-gather-method}"),
  CLUSTER_SIZE_REQUIRED(
      "cluster-size-required",
      "Policy.PER_CLUSTER on %s needs clusterSize of at least 2 (processors per rep), but %s; set"
          + " {cluster-size-2} or more, or choose another policy"),
  CLUSTER_SIZE_WITHOUT_PER_CLUSTER(
      "cluster-size-without-per-cluster",
      "clusterSize = %s on %s has no meaning under Policy.%s; remove clusterSize, or use"
          + " {policy-per-cluster}"),

  // --- contract methods ------------------------------------------------------------------------
  ROUTING_CONFLICT(
      "routing-conflict",
      "%s is {marked} both %s and %s, but a method is routed exactly one way; %s"),
  MARKER_UNROUTED_METHOD(
      "marker-unrouted-method",
      "%s is {marked} %s, but it is %s, and such methods are not routed; {remove-marker} make it an"
          + " abstract or default method of the contract"),
  GATHER_VOID(
      "gather-void",
      "%s is {gather} but returns void, so there is nothing to combine; return the value to"
          + " combine, or {use-broadcast} to run it on every rep"),
  BROADCAST_NON_VOID(
      "broadcast-non-void",
      "%s is {broadcast} but returns %s, which a broadcast would discard; make it return void, or"
          + " {use-gather} to combine the reps' results"),
  GATHER_NO_REDUCTION(
      "gather-no-reduction",
      "{gather-on} %s names neither a reduction nor a combiner; {add-reduction}"),
  GATHER_REDUCE_TYPE(
      "gather-reduce-type",
      "Reduce.%s cannot fold %s, which returns %s; Reduce.%s needs %s: change the return type or"
          + " use a combiner"),
  GATHER_COMBINER_TYPE(
      "gather-combiner-type",
      "%s is %s, but %s returns %s; use a combiner implementing Combiner<%s>"),
  GATHER_COMBINER_UNUSABLE(
      "gather-combiner-unusable",
      "the {generated-dispatcher} cannot create %s, the combiner of %s: %s; %s"),
  RESERVED_METHOD(
      "reserved-method",
      "%s clashes with %s, which {the-generated}%s{at-run-time} declares; rename the contract"
          + " method"),

  // --- the rep ---------------------------------------------------------------------------------
  MISSING_REP("missing-rep", "%s has no {rep-class}; {write-a-rep}"),
  DUPLICATE_REP(
      "duplicate-rep", "%s is a second {rep-for} %s, which already has %s; keep {one-rep}"),
  REP_NOT_CLASS(
      "rep-not-class",
      "%s is %s, but a rep is a class the root instantiates; {declare-a-rep-class}"),
  REP_ABSTRACT(
      "rep-abstract",
      "%s is abstract, so the {generated-root} cannot create it; {make-rep-concrete}"),
  REP_MISSING_METHOD(
      "rep-missing-method",
      "%s does not implement %s, but a rep implements every abstract method of its contract (the"
          + " dispatcher routes calls of it to a rep); add a public method %s to %s{or-adapter}"),
  REP_OBJECT_METHOD(
      "rep-object-method",
      "%s is routed to the reps, but %s inherits Object's %s, which answers for the rep's"
          + " identity, not its state; override %s in %s, or {or-on-root}"),
  REP_NO_CONSTRUCTOR(
      "rep-no-constructor",
      "%s has no constructor the root can call; add %s constructor taking no arguments%s"),

  // --- rep versions (hot swapping to another rep class) ---------------------------------------
  REP_VERSION_CONTRACT(
      "rep-version-contract",
      "%s is {a-version-of} %s, but does not implement %s, the contract {it-serves}; implement %s"),
  REP_VERSION_STATE(
      "rep-version-state",
      "%s cannot be a version of %s: %s, but the state of either must move into the other;"
          + " {declare-state-transfer}"),
  REP_VERSION_DEFAULT_METHODS(
      "rep-version-default-methods",
      "%s cannot be a version of %s: %s overrides the contract's default method %s but %s does"
          + " not, and whether the dispatcher leaves such a method to its body or routes it to the"
          + " rep is decided by {the-rep-class} alone; override it in both classes, or in neither"),

  // --- the root --------------------------------------------------------------------------------
  ON_ROOT_WITHOUT_ROOT(
      "on-root-without-root",
      "%s is {on-root}, but %s has no {root-class} to run it on; {add-a-root}"),
  ON_ROOT_MISSING_METHOD(
      "on-root-missing-method",
      "%s declares no method %s for the {on-root-method} %s; add a {root-method-visibility} method"
          + " with the same name, parameters and return type to %s"),
  ON_ROOT_SIGNATURE("on-root-signature", "%s cannot run the {on-root-method} %s: %s; %s");

  private static final Pattern TERM = Pattern.compile("\\{([a-z0-9-]+)}");

  private final String code;
  private final String template;

  Rule(String code, String template) {
    this.code = code;
    this.template = template;
  }

  /** The stable code a user can search for: {@code gather-void}. */
  public String code() {
    return code;
  }

  /** The message pattern in {@code dialect}, with {@code %s} for each argument. */
  public String template(Dialect dialect) {
    Matcher matcher = TERM.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(dialect.term(matcher.group(1))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The message in {@code dialect}, the template filled in with {@code args} (no tag). */
  public String message(Dialect dialect, Object... args) {
    return String.format(template(dialect), args);
  }

  /** The template as written, terms unreplaced (for the catalogue's own test). */
  String rawTemplate() {
    return template;
  }
}

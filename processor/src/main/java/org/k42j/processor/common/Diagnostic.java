package org.k42j.processor.common;

import org.k42j.model.Dialect;
import org.k42j.model.Rule;

/**
 * The catalogue of every error (and the one warning) the processor reports: a stable code a user
 * can search for and a message template saying what is wrong and what to do. A message reads {@code
 * [k42j:<code>] <what is wrong>; <what to do>}. The table in {@code docs/diagnostics.md} lists the
 * same entries (a test keeps them in step).
 *
 * <p>Templates are {@link String#format} patterns; every argument is a plain string. The rules the
 * run-time path enforces too come from the shared catalogue ({@link Rule}, in the words of {@link
 * Dialect#ANNOTATIONS}), so both paths report them with the same code and wording.
 */
public enum Diagnostic {
  // --- the contract ----------------------------------------------------------------------------
  CONTRACT_NOT_INTERFACE(Rule.CONTRACT_NOT_INTERFACE),
  CONTRACT_PRIVATE(
      "contract-private",
      "%s is %s, so the classes generated next to it cannot implement it; make it"
          + " package-private or public"),
  CONTRACT_SERIALIZABLE(Rule.CONTRACT_SERIALIZABLE),
  CONTRACT_SERIALIZABLE_ROOT(
      "contract-serializable-root",
      "%s extends Serializable, but its root %s cannot be made without arguments, and reading a"
          + " serial form back makes a new object as ClusteredObjects.create(%s.class) does; give"
          + " %s a constructor taking no arguments, or do not extend Serializable"),
  CONTRACT_SERIALIZABLE_STATE(
      "contract-serializable-state",
      "%s extends Serializable, but %s exports %s, which is not Serializable, and the serial form"
          + " is the exported states; export a serializable type (a record implementing"
          + " Serializable, a boxed number, a String), or do not extend Serializable"),
  CONTRACT_SEALED(Rule.CONTRACT_SEALED),
  CONTRACT_NO_METHODS(
      "contract-no-methods",
      "%s has no method to route (a warning: its classes are generated), so a handle to it can do"
          + " nothing; declare the operations of the clustered object in %s, or remove"
          + " @ClusteredObject"),
  MISSING_REP(Rule.MISSING_REP),
  UNRESOLVED_TYPE(
      "unresolved-type",
      "%s refers to %s, which does not exist, so nothing was generated for %s; fix the name or"
          + " the import, or run the processor that generates %s"),

  // --- contract methods ------------------------------------------------------------------------
  ROUTING_CONFLICT(Rule.ROUTING_CONFLICT),
  GATHER_VOID(Rule.GATHER_VOID),
  BROADCAST_NON_VOID(Rule.BROADCAST_NON_VOID),
  GATHER_NO_REDUCTION(Rule.GATHER_NO_REDUCTION),
  GATHER_REDUCE_AND_COMBINER(
      "gather-reduce-and-combiner",
      "@Gather on %s names both reduce = Reduce.%s and combiner = %s.class; keep exactly one of"
          + " them"),
  GATHER_REDUCE_TYPE(Rule.GATHER_REDUCE_TYPE),
  GATHER_COMBINER_TYPE(Rule.GATHER_COMBINER_TYPE),
  GATHER_COMBINER_UNUSABLE(Rule.GATHER_COMBINER_UNUSABLE),
  MARKER_OUTSIDE_CONTRACT(
      "marker-outside-contract",
      "%s is marked %s, but only methods of a @ClusteredObject interface are routed; move the"
          + " annotation to the contract's method, or remove it"),
  MARKER_UNROUTED_METHOD(Rule.MARKER_UNROUTED_METHOD),
  HIDDEN_TYPE(
      "hidden-type",
      "%s has the member type %s, which hides %s inside the classes generated to implement %s;"
          + " rename one of the two"),
  RESERVED_METHOD(Rule.RESERVED_METHOD),

  // --- the rep ---------------------------------------------------------------------------------
  REP_NO_CONTRACT(
      "rep-no-contract",
      "%s is @Rep but implements no @ClusteredObject interface; add `implements YourContract` to"
          + " it, or remove @Rep"),
  REP_TWO_CONTRACTS(
      "rep-two-contracts",
      "%s implements both %s and %s, but a rep serves exactly one @ClusteredObject interface;"
          + " write one @Rep class per contract"),
  DUPLICATE_REP(Rule.DUPLICATE_REP),
  REP_NOT_CLASS(Rule.REP_NOT_CLASS),
  REP_PRIVATE(
      "rep-private",
      "%s is %s, so the generated root cannot create it; make it package-private or public"),
  REP_INNER(
      "rep-inner",
      "%s is %s, so the generated root cannot create it without an enclosing instance; make it a"
          + " static nested class or a top-level class"),
  REP_NOT_VISIBLE(
      "rep-not-visible",
      "%s is not public, but the generated root lives in package %s; make it public or move it to"
          + " that package"),
  REP_ABSTRACT(Rule.REP_ABSTRACT),
  REP_FOREIGN_BASE(
      "rep-foreign-base",
      "%s extends %s, the rep base generated for another contract, but serves %s: its root()"
          + " and siblings() would be another object's, a ClassCastException at run time; extend"
          + " %s instead, or no rep base"),
  REP_MISSING_METHOD(Rule.REP_MISSING_METHOD),
  REP_OBJECT_METHOD(Rule.REP_OBJECT_METHOD),
  REP_TYPE_VARIABLES(
      "rep-type-variables",
      "%s must declare the type variables of %s, with the same bounds, and implement it with"
          + " exactly those, in order; declare it as `class %s implements %s`"),
  REP_NO_CONSTRUCTOR(Rule.REP_NO_CONSTRUCTOR),
  CLUSTER_SIZE_REQUIRED(Rule.CLUSTER_SIZE_REQUIRED),
  CLUSTER_SIZE_WITHOUT_PER_CLUSTER(Rule.CLUSTER_SIZE_WITHOUT_PER_CLUSTER),

  // --- the rep's state transfer (hot swapping) -------------------------------------------------
  STATE_TRANSFER_UNPAIRED(
      "state-transfer-unpaired",
      "%s declares the @%s method %s but no @%s method, and a hot swap needs both to move a rep's"
          + " state; add %s, or remove @%s"),
  STATE_TRANSFER_DUPLICATE(
      "state-transfer-duplicate",
      "%s declares two @%s methods, %s and %s, but a hot swap calls exactly one; keep @%s on one"
          + " of them"),
  STATE_EXPORT_SIGNATURE(
      "state-export-signature",
      "%s cannot be the @ExportState method of %s: %s; declare it as a non-static method taking"
          + " no parameters and returning the rep's state (`S name()`), callable from package %s"
          + " and throwing no checked exception"),
  STATE_IMPORT_SIGNATURE(
      "state-import-signature",
      "%s cannot be the @ImportState method of %s: %s; declare it as `void name(java.util.List<%s>"
          + " exported)`, non-static, callable from package %s and throwing no checked exception"),

  // --- rep versions (hot swapping to another rep class) ---------------------------------------
  REP_VERSION_TARGET(
      "rep-version-target",
      "@RepVersion on %s names %s, which is not a class annotated @Rep; name the @Rep class of the"
          + " contract %s is another version of"),
  REP_VERSION_AND_REP(
      "rep-version-and-rep",
      "%s is annotated both @Rep and @RepVersion, but a contract has one @Rep class and any number"
          + " of versions of it; remove one of the two annotations"),
  REP_VERSION_CONTRACT(Rule.REP_VERSION_CONTRACT),
  REP_VERSION_GENERIC(
      "rep-version-generic",
      "%s is a @RepVersion of a rep of the generic contract %s, which k42j cannot hot swap to"
          + " another rep class; remove @RepVersion, or make the contract non-generic"),
  REP_VERSION_STATE(Rule.REP_VERSION_STATE),
  REP_VERSION_DEFAULT_METHODS(Rule.REP_VERSION_DEFAULT_METHODS),

  // --- the root --------------------------------------------------------------------------------
  ROOT_NOT_ANNOTATED(
      "root-not-annotated",
      "@Rep on %s names %s as its root, but %s is not a class annotated @Root; mark the root"
          + " class @Root and name it here, or leave root unset to use the generated %s"),
  ROOT_UNREFERENCED(
      "root-unreferenced",
      "%s is @Root, but no @Rep names it, so no clustered object uses it; name it from the"
          + " contract's rep with @Rep(root = %s.class), or remove @Root"),
  ROOT_OF_ANOTHER_CONTRACT(
      "root-of-another-contract",
      "@Rep on %s names %s as the root of %s, but %s extends %s, the root base generated for"
          + " another contract; leave %s to that contract and name here a root of %s's own"
          + " (`@Root class %s extends %s`), or leave root unset to use the generated %s; if %s"
          + " was written for %s, make it extend %s instead"),
  ROOT_WRONG_SUPERCLASS(
      "root-wrong-superclass",
      "%s does not extend %s, the generated root base of %s; declare it as `class %s extends %s`"),
  ROOT_PRIVATE(
      "root-private",
      "%s is %s, so the generated factory cannot create it; make it package-private or public"),
  ROOT_INNER(
      "root-inner",
      "%s is %s, so the generated factory cannot create it without an enclosing instance; make it"
          + " a static nested class or a top-level class"),
  ROOT_NOT_VISIBLE(
      "root-not-visible",
      "%s is not public, but the generated factory lives in package %s; make it public or move it"
          + " to that package"),
  ROOT_ABSTRACT(
      "root-abstract",
      "%s is abstract, so the generated factory cannot create it; make it a concrete class"),
  ROOT_TYPE_VARIABLES(
      "root-type-variables",
      "%s must declare the type variables of %s, with the same bounds, and extend %s with"
          + " exactly those, in order; declare it as `class %s extends %s`"),
  ROOT_NO_CONSTRUCTOR(
      "root-no-constructor",
      "%s has no constructor the generated factory can call; add a %s constructor (its parameters"
          + " become those of the factory's create)"),
  ROOT_CONSTRUCTOR_TYPE_VARIABLE(
      "root-constructor-type-variable",
      "%s declares the type variable %s, which the generated %s.create would confuse with the"
          + " type variable of the same name of %s; rename the constructor's type variable"),
  ON_ROOT_WITHOUT_ROOT(Rule.ON_ROOT_WITHOUT_ROOT),
  ON_ROOT_MISSING_METHOD(Rule.ON_ROOT_MISSING_METHOD),
  ON_ROOT_SIGNATURE(Rule.ON_ROOT_SIGNATURE),

  // --- exported interfaces (protected procedure calls) -----------------------------------------
  EXPORTED_NOT_INTERFACE(
      "exported-not-interface",
      "%s is %s, but @Exported marks an interface that a server exports to other address spaces;"
          + " declare %s as a public interface and implement it in the server"),
  EXPORTED_NOT_PUBLIC(
      "exported-not-public",
      "%s is %s, but the kernel binds the stub and skeleton of an exported interface from its own"
          + " package; make %s public, and every type it is nested in"),
  EXPORTED_GENERIC(
      "exported-generic",
      "%s declares the type variables %s, but the code that copies values across address spaces"
          + " is generated for types known at compile time; remove the type variables and use"
          + " concrete types (export one interface per element type)"),
  EXPORTED_SEALED(
      "exported-sealed",
      "%s is sealed, but does not permit %s, which k42j generates to implement it; remove sealed"
          + " and its permits clause, or add %s to the permits clause"),
  EXPORTED_OVERLOAD(
      "exported-overload",
      "%s overloads %s, but a remote method is known by its name in the server's exceptions and"
          + " traces; rename one of them"),
  EXPORTED_GENERIC_METHOD(
      "exported-generic-method",
      "%s declares the type variables %s, but the code that copies values across address spaces"
          + " is generated for types known at compile time; remove the type variables and use"
          + " concrete types"),
  EXPORTED_RESERVED_METHOD(
      "exported-reserved-method",
      "%s clashes with %s, which every generated stub has; rename the method"),
  ASYNC_NON_VOID(
      "async-non-void",
      "%s is @Async but returns %s, and a one-way call has no reply to carry it; make it return"
          + " void, or remove @Async so that the caller waits for the result"),
  ASYNC_CHECKED_EXCEPTION(
      "async-checked-exception",
      "%s is @Async but declares the checked exception %s, which a one-way call can never deliver"
          + " to its caller; remove it from the throws clause, or remove @Async so that the caller"
          + " waits for the outcome"),
  ASYNC_NOT_REMOTE(
      "async-not-remote",
      "%s is marked @Async, but %s, so it is never called across address spaces; put @Async on"
          + " an abstract method of an @Exported interface, or remove it"),
  REMOTE_MUTABLE_TYPE(
      "remote-mutable-type",
      "%s has the type %s, which cannot cross an address space%s: %s is %s, and a call copies"
          + " only primitives, strings, boxed primitives, enums, records and arrays of these, and"
          + " passes @Exported interfaces as handles; pass a record of immutable components or an"
          + " array, or export it and pass its interface"),
  REMOTE_TYPE_VARIABLE(
      "remote-type-variable",
      "%s has the type %s, which cannot cross an address space%s: %s is a type variable, and the"
          + " code that copies values across address spaces is generated for types known at"
          + " compile time; use a concrete type"),
  REMOTE_WILDCARD(
      "remote-wildcard",
      "%s has the type %s, which cannot cross an address space%s: %s is a wildcard, and the code"
          + " that copies values across address spaces is generated for types known at compile"
          + " time; name the type argument exactly (Box<String>, not Box<? extends"
          + " CharSequence>)"),
  REMOTE_RECURSIVE_RECORD(
      "remote-recursive-record",
      "%s has the type %s, which cannot cross an address space%s: the record %s contains itself"
          + " through %s and holds an array or a handle, so its copy, made component by"
          + " component, would never end on a value that refers back to itself; pass a flat"
          + " record or arrays of flat records, or export it and pass its interface"),
  REMOTE_TYPE_NOT_VISIBLE(
      "remote-type-not-visible",
      "%s has the type %s, which cannot cross an address space%s: %s, which the generated stub"
          + " and skeleton copy, is not visible from package %s, where they live; make %s public,"
          + " and every type it is nested in"),

  // --- the cluster side (@ClusterWide, the k42j-cluster module) ----------------------------------
  CLUSTER_WIDE_CONTRACT(
      "cluster-wide-contract",
      "%s is marked @ClusterWide, but its contract %s is not, so it has no cluster side to widen"
          + " the method to; mark %s @ClusterWide as well, or remove @ClusterWide from the method"),
  CLUSTER_WIDE_STRAY(
      "cluster-wide-stray",
      "%s is marked @ClusterWide, but is not %s, so nothing takes it beyond one JVM; put"
          + " @ClusterWide on a @ClusteredObject interface and on its @Gather or @Broadcast"
          + " methods, or remove it"),
  CLUSTER_WIDE_ROUTE(
      "cluster-wide-route",
      "%s is marked @ClusterWide, but only a @Gather or a @Broadcast method can span the cluster"
          + " (per-rep methods stay in the member, @OnRoot methods always reach the cluster's"
          + " root); mark it @Gather or @Broadcast, or remove @ClusterWide"),
  CLUSTER_SERIALIZABLE(
      "cluster-serializable",
      "%s is @ClusterWide, but does not extend java.io.Serializable, and a member that leaves"
          + " hands its reps' exported state to another member as the object's serial form; let"
          + " %s extend Serializable (its rep then declares @ExportState and @ImportState)"),
  CLUSTER_GENERIC(
      "cluster-generic",
      "%s is @ClusterWide, but declares type variables, and a name in the cluster is one object"
          + " whose calls cross JVMs without its type arguments; declare a non-generic contract"
          + " (extend %s with the type arguments fixed)"),
  CLUSTER_ROOT_FINAL(
      "cluster-root-final",
      "%s is %s, but the cluster side of %s overrides the root's @OnRoot methods in each member"
          + " to send them to the cluster's copy of the root; remove final"),
  CLUSTER_ROOT_SERIALIZABLE(
      "cluster-root-serializable",
      "%s is the root of %s, whose @OnRoot state lives in the cluster, but it does not implement"
          + " java.io.Serializable, and the cluster keeps its copy (and the backup) serialized; let"
          + " %s implement Serializable"),
  CLUSTER_ROOT_RESULT(
      "cluster-root-result",
      "%s returns the root itself, but the cluster's root is a copy on the member that owns it,"
          + " and a caller on another member would get a detached copy; return a value instead"),

  // --- the build ---------------------------------------------------------------------------------
  MISSING_DEPENDENCY(
      "missing-dependency",
      "%s is %s, but %s, which the code generated for it extends, is not on the class path;"
          + " add the artifact %s to the dependencies of the build"),

  // --- failures of the processor itself --------------------------------------------------------
  INTERNAL_ERROR(
      "internal-error",
      "k42j failed while processing %s (%s); this is a bug in k42j: please report it with this"
          + " message and the source of %s"),
  WRITE_FAILED(
      "write-failed",
      "could not write the code generated for %s (%s); check that no other class or processor"
          + " already defines the %s_* types and that the output directory is writable");

  private final String code;
  private final String template;

  Diagnostic(String code, String template) {
    this.code = code;
    this.template = template;
  }

  /** A rule of the catalogue both front ends share, in the processor's words. */
  Diagnostic(Rule rule) {
    this(rule.code(), rule.template(Dialect.ANNOTATIONS));
  }

  /** The entry of the shared {@code rule}. */
  public static Diagnostic of(Rule rule) {
    return valueOf(rule.name());
  }

  /** The stable code, as shown in the tag: {@code rep-abstract}. */
  public String code() {
    return code;
  }

  /** The message pattern after the tag, with {@code %s} for each argument. */
  public String template() {
    return template;
  }

  /** The full message: {@code [k42j:<code>] } and the template filled in with {@code args}. */
  public String format(Object... args) {
    return "[k42j:" + code + "] " + String.format(template, args);
  }
}

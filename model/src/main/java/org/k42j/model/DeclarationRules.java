package org.k42j.model;

import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.model.TypeView.Primitive;
import org.k42j.model.TypeView.Shape;

/**
 * The rules both front ends apply the same way, written once over {@link TypeView} and {@link
 * MethodView}. Each returns the {@link Finding} of the first rule broken, or null when the
 * declaration passes; a front end reports a finding on what it anchors errors to. The rules whose
 * question only one type system can answer (is a combiner a {@code Combiner} of the boxed result,
 * which constructor can the root call, is a class visible from a package) keep their code and
 * wording in {@link Rule} but are checked by each front end.
 */
public final class DeclarationRules {
  private DeclarationRules() {}

  /** {@link Rule#CONTRACT_NOT_INTERFACE}: a contract is an interface, not an annotation type. */
  public static Finding contract(TypeView contract) {
    if (contract.shape() == Shape.INTERFACE) {
      return null;
    }
    return Finding.of(
        Rule.CONTRACT_NOT_INTERFACE,
        contract.display(),
        contract.kindWithArticle(),
        contract.display());
  }

  /**
   * {@link Rule#CLUSTER_SIZE_REQUIRED} and {@link Rule#CLUSTER_SIZE_WITHOUT_PER_CLUSTER}: a
   * per-cluster policy needs at least 2 processors per rep, and no other policy takes a size.
   *
   * @param owner what the settings are on, as messages name it (the rep, the contract)
   * @param size the cluster size, 0 when not set
   * @param set whether the size was set (to 0 or another value)
   */
  public static Finding clusterSize(String owner, Policy policy, int size, boolean set) {
    if (policy == Policy.PER_CLUSTER && size < 2) {
      return Finding.of(
          Rule.CLUSTER_SIZE_REQUIRED,
          owner,
          set ? "clusterSize is " + size : "clusterSize is not set");
    }
    if (policy != Policy.PER_CLUSTER && size != 0) {
      return Finding.of(
          Rule.CLUSTER_SIZE_WITHOUT_PER_CLUSTER, String.valueOf(size), owner, policy.name());
    }
    return null;
  }

  /**
   * Whether the route fits the method: a gather returns a value and names a reduction that folds
   * its result type or a combiner ({@link Rule#GATHER_VOID}, {@link Rule#GATHER_NO_REDUCTION},
   * {@link Rule#GATHER_REDUCE_TYPE}); a broadcast returns void ({@link Rule#BROADCAST_NON_VOID}).
   * Which combiner fits is each front end's question.
   *
   * @param reduce the gather's reduction, {@link Reduce#NONE} (or null) when it names none
   * @param combinerNamed whether the gather names a combiner
   */
  public static Finding route(
      MethodView method, RouteKind kind, Reduce reduce, boolean combinerNamed) {
    TypeView result = method.returnType();
    boolean returnsVoid = result.shape() == Shape.VOID;
    if (kind == RouteKind.BROADCAST && !returnsVoid) {
      return Finding.of(Rule.BROADCAST_NON_VOID, method.display(), result.display());
    }
    if (kind != RouteKind.GATHER) {
      return null;
    }
    if (returnsVoid) {
      return Finding.of(Rule.GATHER_VOID, method.display());
    }
    boolean reduces = reduce != null && reduce != Reduce.NONE;
    if (!reduces) {
      return combinerNamed ? null : Finding.of(Rule.GATHER_NO_REDUCTION, method.display());
    }
    String needs = reductionNeeds(reduce, result);
    if (needs == null) {
      return null;
    }
    return Finding.of(
        Rule.GATHER_REDUCE_TYPE,
        reduce.name(),
        method.display(),
        result.display(),
        reduce.name(),
        needs);
  }

  /**
   * What {@code reduce} needs, if {@code result} is not it; null when it folds {@code result}:
   * {@code ALL} and {@code ANY} fold booleans, the others {@code int}, {@code long}, {@code float}
   * and {@code double}, primitive or boxed.
   */
  public static String reductionNeeds(Reduce reduce, TypeView result) {
    Primitive primitive = result.primitive();
    if (reduce == Reduce.ALL || reduce == Reduce.ANY) {
      return primitive == Primitive.BOOLEAN ? null : "boolean (or Boolean)";
    }
    boolean numeric =
        primitive == Primitive.INT
            || primitive == Primitive.LONG
            || primitive == Primitive.FLOAT
            || primitive == Primitive.DOUBLE;
    return numeric ? null : "int, long, float or double (or their boxes)";
  }

  /**
   * {@link Rule#REP_NOT_CLASS}: a rep is an instance of a class; not an interface, an enum, a
   * record (whose state is final, while a rep's is the processor's share of the object's state), an
   * annotation, a primitive or an array type.
   */
  public static Finding repShape(TypeView rep) {
    if (rep.shape() == Shape.CLASS) {
      return null;
    }
    return Finding.of(Rule.REP_NOT_CLASS, rep.display(), rep.kindWithArticle());
  }

  /** {@link Rule#REP_ABSTRACT}: the root instantiates the rep class, so it is not abstract. */
  public static Finding repAbstract(TypeView rep) {
    return rep.isAbstract() ? Finding.of(Rule.REP_ABSTRACT, rep.display()) : null;
  }

  /**
   * {@link Rule#REP_OBJECT_METHOD}: a {@code toString}, {@code equals} or {@code hashCode} gathered
   * from or broadcast to the reps is the rep class's own, since {@code Object}'s answers for the
   * rep's identity, a silent wrong answer for a gathered value.
   *
   * @param method a contract method
   * @param kind how it is routed
   */
  public static Finding objectMethod(MethodView method, RouteKind kind, ClassView rep) {
    if (!kind.visitsReps() || !method.isObjectMethod() || !rep.inheritsObjectsAnswer(method)) {
      return null;
    }
    return Finding.of(
        Rule.REP_OBJECT_METHOD,
        method.display(),
        rep.display(),
        method.signature(),
        method.signature(),
        rep.display());
  }
}

package org.k42j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Reduce;
import org.k42j.model.TypeView.Primitive;
import org.k42j.model.TypeView.Shape;

/** The shared rules on hand-made views; each front end's views are tested by its own tests. */
class DeclarationRulesTest {
  private record Type(String display, Shape shape, boolean isAbstract, Primitive primitive)
      implements ClassView {
    @Override
    public boolean inheritsObjectsAnswer(MethodView method) {
      return !isAbstract;
    }
  }

  private record Method(String display, String signature, TypeView returnType, boolean objectMethod)
      implements MethodView {
    @Override
    public boolean isObjectMethod() {
      return objectMethod;
    }
  }

  private static final Type VOID = new Type("void", Shape.VOID, false, null);
  private static final Type LONG = new Type("long", Shape.PRIMITIVE, false, Primitive.LONG);
  private static final Type BOXED = new Type("Boolean", Shape.CLASS, false, Primitive.BOOLEAN);
  private static final Type STRING = new Type("String", Shape.CLASS, false, null);

  private static Method returning(Type type) {
    return new Method("C.m()", "m()", type, false);
  }

  @Test
  void contractIsAnInterface() {
    assertNull(DeclarationRules.contract(new Type("C", Shape.INTERFACE, true, null)));
    Finding finding = DeclarationRules.contract(new Type("C", Shape.RECORD, false, null));
    assertEquals(Rule.CONTRACT_NOT_INTERFACE, finding.rule());
    assertEquals(List.of("C", "a record", "C"), finding.args());
  }

  @Test
  void clusterSizeGoesWithPerCluster() {
    assertNull(DeclarationRules.clusterSize("C", Policy.PER_CLUSTER, 2, true));
    assertNull(DeclarationRules.clusterSize("C", Policy.PER_PROCESSOR, 0, false));
    assertEquals(
        List.of("C", "clusterSize is not set"),
        DeclarationRules.clusterSize("C", Policy.PER_CLUSTER, 0, false).args());
    assertEquals(
        List.of("C", "clusterSize is 1"),
        DeclarationRules.clusterSize("C", Policy.PER_CLUSTER, 1, true).args());
    assertEquals(
        Rule.CLUSTER_SIZE_WITHOUT_PER_CLUSTER,
        DeclarationRules.clusterSize("C", Policy.SINGLE, 4, true).rule());
  }

  @Test
  void routesFitTheirMethods() {
    assertEquals(
        Rule.GATHER_VOID,
        DeclarationRules.route(returning(VOID), RouteKind.GATHER, Reduce.SUM, false).rule());
    assertEquals(
        Rule.GATHER_NO_REDUCTION,
        DeclarationRules.route(returning(LONG), RouteKind.GATHER, Reduce.NONE, false).rule());
    assertNull(DeclarationRules.route(returning(STRING), RouteKind.GATHER, Reduce.NONE, true));
    assertNull(DeclarationRules.route(returning(LONG), RouteKind.GATHER, Reduce.MAX, false));
    assertNull(DeclarationRules.route(returning(BOXED), RouteKind.GATHER, Reduce.ANY, false));
    Finding sum = DeclarationRules.route(returning(STRING), RouteKind.GATHER, Reduce.SUM, false);
    assertEquals(
        List.of("SUM", "C.m()", "String", "SUM", "int, long, float or double (or their boxes)"),
        sum.args());
    assertEquals(
        "boolean (or Boolean)",
        DeclarationRules.route(returning(LONG), RouteKind.GATHER, Reduce.ALL, false).args().get(4));
    assertEquals(
        List.of("C.m()", "long"),
        DeclarationRules.route(returning(LONG), RouteKind.BROADCAST, null, false).args());
    assertNull(DeclarationRules.route(returning(VOID), RouteKind.BROADCAST, null, false));
    assertNull(DeclarationRules.route(returning(LONG), RouteKind.ON_ROOT, null, false));
  }

  @Test
  void repsAreConcreteClasses() {
    assertNull(DeclarationRules.repShape(STRING));
    assertEquals(Rule.REP_NOT_CLASS, DeclarationRules.repShape(LONG).rule());
    assertEquals(
        "a record",
        DeclarationRules.repShape(new Type("R", Shape.RECORD, false, null)).args().get(1));
    assertEquals(
        Rule.REP_ABSTRACT,
        DeclarationRules.repAbstract(new Type("R", Shape.CLASS, true, null)).rule());
    assertNull(DeclarationRules.repAbstract(STRING));
  }

  @Test
  void gatheredObjectMethodsAreTheRepsOwn() {
    Method toString = new Method("C.toString()", "toString()", STRING, true);
    Type inherits = new Type("R", Shape.CLASS, false, null);
    Type overrides = new Type("R", Shape.CLASS, true, null);
    assertEquals(
        List.of("C.toString()", "R", "toString()", "toString()", "R"),
        DeclarationRules.objectMethod(toString, RouteKind.GATHER, inherits).args());
    assertNull(DeclarationRules.objectMethod(toString, RouteKind.GATHER, overrides));
    assertNull(DeclarationRules.objectMethod(toString, RouteKind.DISPATCH, inherits));
    assertNull(DeclarationRules.objectMethod(returning(STRING), RouteKind.BROADCAST, inherits));
  }
}

package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.GeneratedCode;
import org.k42j.processor.common.Javadocs;

/**
 * Writes {@code <prefix>_RepBase}, the optional base class of the rep: the runtime's {@code
 * AbstractRep} (home processor, node, cleanup) plus its root and sibling reps typed for this
 * contract, and the contract's {@code @OnRoot} methods, each calling the root, so that a rep
 * extending it needs no body for them.
 */
final class RepBaseWriter implements TypeWriter {
  @Override
  public GeneratedType type() {
    return GeneratedType.REP_BASE;
  }

  @Override
  public TypeSpec write(ContractModel model) {
    TypeName rootType = model.parameterized(model.root().type());
    TypeName repType = model.parameterized(model.rep().type());
    MethodSpec.Builder root =
        MethodSpec.methodBuilder("root")
            .addJavadoc(Javadocs.member("The root of the clustered object this rep serves."))
            .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
            .returns(rootType);
    if (!model.typeVariables().isEmpty()) {
      root.addAnnotation(GeneratedCode.suppress("unchecked"))
          .addComment("Only this contract's root creates this contract's reps.");
    }
    root.addStatement("return ($T) clusterRoot()", rootType);

    TypeSpec.Builder type =
        TypeShells.classBuilder(
                model,
                GeneratedType.REP_BASE,
                true,
                "Optional base class for "
                    + Javadocs.link(model.rep().type(), model.contract().packageName())
                    + ": its root, home processor, node and sibling reps.")
            .addModifiers(Modifier.ABSTRACT)
            .superclass(RuntimeTypes.ABSTRACT_REP)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED).build())
            .addMethod(root.build())
            .addMethod(
                MethodSpec.methodBuilder("siblings")
                    .addJavadoc(
                        Javadocs.member(
                            "Every rep of the object created so far, this one included, in slot"
                                + " order (unguarded)."))
                    .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
                    .returns(ParameterizedTypeName.get(ClassName.get(List.class), repType))
                    .addStatement("return root().reps()")
                    .build());
    for (MethodModel method : model.methods()) {
      if (method.kind() == RouteKind.ON_ROOT && !isOwnMember(method)) {
        type.addMethod(onRoot(model, method));
      }
    }
    return type.build();
  }

  /**
   * {@code public R m(args) { return root().m(args); }}: the contract's {@code @OnRoot} method, so
   * that a rep extending this class implements it without a body of its own. The dispatcher calls
   * the root directly and never this method; a rep that calls it on itself reaches the root, as a
   * caller of the object does. Not final, so a rep that kept its own body still compiles.
   */
  private static MethodSpec onRoot(ContractModel model, MethodModel method) {
    MethodSpec.Builder body =
        Overrides.inheritedSignature(method)
            .addJavadoc(
                Javadocs.member(
                    "Runs "
                        + MethodDocs.code(method)
                        + " on the root, "
                        + Javadocs.link(model.root().type(), model.contract().packageName())
                        + ", as the object does: the contract routes it there, so the rep"
                        + " implements it through this method and needs no body of its own."));
    Overrides.addReturning(body, method, Overrides.call(CodeBlock.of("root()"), method));
    return body.build();
  }

  /**
   * Whether {@code method} has the signature of a member the rep base already has (its accessors,
   * the runtime's {@code AbstractRep} methods and the destroy hook): a rep extending the base with
   * such a contract method is a {@code reserved-method} error, and one that does not extend it
   * implements the method itself. {@link Object}'s {@code equals}, {@code hashCode} and {@code
   * toString} count too: every rep has them already, and the root's must not become the rep's
   * identity.
   */
  private static boolean isOwnMember(MethodModel method) {
    if (method.parameters().isEmpty()) {
      return OWN_MEMBERS.contains(method.name())
          || method.name().equals("hashCode")
          || method.name().equals("toString");
    }
    return method.name().equals("equals")
        && method.parameters().size() == 1
        && method.parameters().get(0).type().equals(ClassName.OBJECT);
  }

  /** The rep base's and {@code AbstractRep}'s methods taking no parameters (see ReservedNames). */
  private static final Set<String> OWN_MEMBERS =
      Set.of(
          "root",
          "siblings",
          "clusterRoot",
          "slot",
          "homeProcessor",
          "node",
          "reportContention",
          "cleanup");
}

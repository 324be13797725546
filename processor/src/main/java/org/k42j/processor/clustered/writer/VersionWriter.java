package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.k42j.processor.clustered.model.VersionModel;
import org.k42j.processor.common.GeneratedCode;
import org.k42j.processor.common.Javadocs;

/**
 * Writes {@code <Version>_Version} for a {@code @RepVersion} class: the runtime's {@code
 * RepClassVersion} of the contract, which makes the version's reps (and their guards, for exclusive
 * reps) and calls their state transfer, with a {@code VERSION} constant the runtime finds when a
 * swap names the version's class.
 */
final class VersionWriter {
  private static final ClassName REP_VERSION =
      ClassName.get("org.k42j.runtime.internal", "RepClassVersion");

  TypeSpec write(VersionModel model) {
    String pkg = model.generated().packageName();
    ClassName contract = model.contract();
    TypeName root =
        ParameterizedTypeName.get(
            RuntimeTypes.CLUSTER_ROOT, contract, WildcardTypeName.subtypeOf(Object.class));
    Modifier[] visibility = model.isPublic() ? new Modifier[] {Modifier.PUBLIC} : new Modifier[0];
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.generated().simpleName())
            .addJavadoc(
                Javadocs.type(
                    Javadocs.link(model.type(), pkg)
                        + " as a version of "
                        + Javadocs.link(contract, pkg)
                        + "'s rep class, for hot swapping: makes its reps"
                        + (model.guard() != null ? " and guards" : "")
                        + " and moves their state."))
            .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
            .addAnnotation(GeneratedCode.MARKER)
            .addOriginatingElement(model.originatingElement())
            .addModifiers(visibility)
            .addModifiers(Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(REP_VERSION, contract))
            .addField(
                FieldSpec.builder(model.generated(), "VERSION")
                    .addJavadoc(
                        Javadocs.member(
                            "This version; {@code ClusteredObjects.hotSwap(handle, "
                                + model.type().simpleName()
                                + ".class, policy)} finds it."))
                    .addModifiers(visibility)
                    .addModifiers(Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T()", model.generated())
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addStatement("super($S, $T.class)", contract.canonicalName(), model.type())
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("newRep")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PROTECTED)
                    .returns(contract)
                    .addParameter(root, "root")
                    .addCode(
                        model.takesRoot()
                            ? CodeBlock.of(
                                "return new $T(($T) root);\n", model.type(), model.root())
                            : CodeBlock.of("return new $T();\n", model.type()))
                    .build());
    if (model.guard() != null) {
      type.addMethod(
          MethodSpec.methodBuilder("guard")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PROTECTED)
              .returns(contract)
              .addParameter(ParameterizedTypeName.get(RuntimeTypes.ROOT_CORE, contract), "core")
              .addParameter(contract, "rep")
              .addStatement("return new $T(core, rep)", model.guard())
              .build());
    }
    return type.addMethod(
            MethodSpec.methodBuilder("exportState")
                .addJavadoc(
                    Javadocs.member("Hot swap: an old rep's state, from its {@code @ExportState}."))
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(Object.class)
                .addParameter(contract, "rep")
                .addStatement(
                    "return (($T) rep).$L()", model.type(), model.stateTransfer().exportMethod())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("importState")
                .addJavadoc(
                    Javadocs.member(
                        "Hot swap: every old rep's state, into the new rep's {@code"
                            + " @ImportState}."))
                .addAnnotation(Override.class)
                .addAnnotation(GeneratedCode.suppress("unchecked"))
                .addModifiers(Modifier.PROTECTED)
                .addParameter(contract, "rep")
                .addParameter(
                    ParameterizedTypeName.get(ClassName.get(List.class), ClassName.OBJECT),
                    "exported")
                .addComment(
                    "Each element was returned by an exportState of a version of the same state"
                        + " type.")
                .addStatement(
                    "(($T) rep).$L(($T) ($T) exported)",
                    model.type(),
                    model.stateTransfer().importMethod(),
                    ParameterizedTypeName.get(
                        ClassName.get(List.class), model.stateTransfer().state()),
                    ParameterizedTypeName.get(
                        ClassName.get(List.class), WildcardTypeName.subtypeOf(Object.class)))
                .build())
        .build();
  }
}

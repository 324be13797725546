package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.k42j.annotations.Reduce;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ClusterModel;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.GeneratedCode;
import org.k42j.processor.common.Javadocs;

/**
 * Writes the enum {@code Side} nested in {@code <prefix>_Cluster}: what crosses JVMs (an enum
 * constant crosses by name). It makes a member's local object, runs the member-local part of each
 * gather and broadcast, folds members' results, runs {@code @OnRoot} methods on the cluster's copy
 * of the root, and exports and adopts rep state at a graceful leave. Routes are numbered by their
 * position in the contract's model.
 */
final class ClusterSideWriter {
  private ClusterSideWriter() {}

  static TypeSpec type(ClusterModel cluster, ClassName side) {
    ContractModel model = cluster.contract();
    TypeName contract = model.contractType();
    TypeName bindingType = ParameterizedTypeName.get(ClusterTypes.BINDING, contract);
    ClassName dispatcher = model.generated(GeneratedType.DISPATCHER);
    ClassName root = model.root().type();
    CodeBlock newRoot =
        cluster.rootInCluster()
            ? CodeBlock.of("new $T(binding)", MemberRootWriter.name(cluster))
            : CodeBlock.of("new $T()", root);
    TypeSpec.Builder type =
        TypeSpec.enumBuilder("Side")
            .addModifiers(Modifier.STATIC)
            .addJavadoc(
                Javadocs.type(
                    "The cluster side of "
                        + Javadocs.link(model.contract(), model.contract().packageName())
                        + ", named by the tasks and entry processors that carry calls between"
                        + " members (an enum constant crosses JVMs by name)."))
            .addSuperinterface(ParameterizedTypeName.get(ClusterTypes.SIDE_INTERFACE, contract))
            .addEnumConstant("INSTANCE")
            .addMethod(
                MethodSpec.methodBuilder("contract")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return $S", model.contract().canonicalName())
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("newLocal")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(contract)
                    .addParameter(bindingType, "binding")
                    .addStatement("return new $T($L)", dispatcher, newRoot)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("newRootState")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Object.class)
                    .addStatement(cluster.rootInCluster() ? "return new $T()" : "return null", root)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("noSuchMethod")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(IllegalArgumentException.class)
                    .addParameter(int.class, "method")
                    .addStatement(
                        "return new $T($L + method)",
                        IllegalArgumentException.class,
                        ClusterCode.literal(
                            model.contract().canonicalName() + " has no cluster route numbered "))
                    .build())
            .addMethod(onMember(cluster))
            .addMethod(fold(cluster))
            .addMethod(onRoot(cluster))
            .addMethod(
                MethodSpec.methodBuilder("exportStates")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(ClusterTypes.LIST, ClassName.OBJECT))
                    .addParameter(contract, "local")
                    .addStatement("$1T root = ($1T) $2T.rootOf(local)", root, RuntimeTypes.HANDLE)
                    .addStatement(
                        "$T<Object> states = new $T<>()",
                        ClusterTypes.LIST,
                        ClusterTypes.ARRAY_LIST)
                    .beginControlFlow("for ($T rep : root.reps())", model.rep().type())
                    .addStatement("states.add(root.exportState(rep))")
                    .endControlFlow()
                    .addStatement("return states")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("adopt")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(contract)
                    .addParameter(bindingType, "binding")
                    .addParameter(
                        ParameterizedTypeName.get(ClusterTypes.LIST, ClassName.OBJECT), "states")
                    .addStatement(
                        "return $T.importInto(newLocal(binding), states)", ClusterTypes.SERIAL_FORM)
                    .build());
    return type.build();
  }

  /**
   * The header of the override {@code name} that runs route {@code method} with the packed {@code
   * args} on {@code target}: {@code public Object name(targetType target, int method, Object[]
   * args) throws Exception}, unchecked casts allowed.
   */
  private static MethodSpec.Builder routedCall(String name, TypeName targetType, String target) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addAnnotation(GeneratedCode.suppress(List.of("unchecked", "rawtypes")))
        .addModifiers(Modifier.PUBLIC)
        .returns(Object.class)
        .addParameter(targetType, target)
        .addParameter(int.class, "method")
        .addParameter(Object[].class, "args")
        .addException(Exception.class);
  }

  /** Each gather and broadcast on a member's parts, folded. */
  private static MethodSpec onMember(ClusterModel cluster) {
    ContractModel model = cluster.contract();
    MethodSpec.Builder body =
        routedCall(
                "onMember",
                ParameterizedTypeName.get(ClusterTypes.LIST, model.contractType()),
                "parts")
            .beginControlFlow("switch (method)");
    List<MethodModel> methods = model.methods();
    for (int i = 0; i < methods.size(); i++) {
      MethodModel method = methods.get(i);
      CodeBlock call = ClusterCode.unpacked(method, "part");
      if (method.kind() == RouteKind.GATHER) {
        body.beginControlFlow("case $L:", i)
            .addStatement(
                "$T<Object> results = new $T<>(parts.size())",
                ClusterTypes.LIST,
                ClusterTypes.ARRAY_LIST)
            .beginControlFlow("for ($T part : parts)", model.contractType())
            .addStatement("results.add($L)", call)
            .endControlFlow()
            .addStatement("return fold($L, results)", i)
            .endControlFlow();
      } else if (method.kind() == RouteKind.BROADCAST) {
        body.beginControlFlow("case $L:", i)
            .addComment("Every part is called, even when one throws; then the first failure.")
            .addStatement("Throwable failure = null")
            .beginControlFlow("for ($T part : parts)", model.contractType())
            .beginControlFlow("try")
            .addStatement("$L", call)
            .nextControlFlow("catch (Throwable thrown)")
            .addStatement("failure = $T.failure(failure, thrown)", RuntimeTypes.BROADCASTS)
            .endControlFlow()
            .endControlFlow()
            .beginControlFlow("if (failure != null)")
            .addStatement("throw $T.rethrow(failure)", RuntimeTypes.BROADCASTS)
            .endControlFlow()
            .addStatement("return null")
            .endControlFlow();
      }
    }
    return body.addStatement("default: throw noSuchMethod(method)").endControlFlow().build();
  }

  /** Each gather's fold of boxed results. */
  private static MethodSpec fold(ClusterModel cluster) {
    ContractModel model = cluster.contract();
    MethodSpec.Builder body =
        MethodSpec.methodBuilder("fold")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addParameter(int.class, "method")
            .addParameter(ParameterizedTypeName.get(ClusterTypes.LIST, ClassName.OBJECT), "results")
            .beginControlFlow("switch (method)");
    List<MethodModel> methods = model.methods();
    for (int i = 0; i < methods.size(); i++) {
      MethodModel method = methods.get(i);
      if (method.kind() != RouteKind.GATHER) {
        continue;
      }
      if (method.reduce() != Reduce.NONE) {
        TypeName returned = method.returnType();
        TypeName primitive = returned.isBoxedPrimitive() ? returned.unbox() : returned;
        body.addStatement(
            "case $L: return $T.reduce($T.$L, $T.class, results)",
            i,
            ClusterTypes.ROUTES,
            Reduce.class,
            method.reduce().name(),
            primitive);
      } else {
        body.addStatement(
            "case $L: return $T.combine(new $T(), results, $L, $S)",
            i,
            ClusterTypes.ROUTES,
            method.combiner(),
            method.returnType().isPrimitive(),
            String.join(".", model.contract().simpleNames()) + "." + method.name() + "()");
      }
    }
    return body.addStatement("default: throw noSuchMethod(method)").endControlFlow().build();
  }

  /** Each {@code @OnRoot} method on the cluster's copy of the root. */
  private static MethodSpec onRoot(ClusterModel cluster) {
    ContractModel model = cluster.contract();
    MethodSpec.Builder body = routedCall("onRoot", ClassName.OBJECT, "root");
    if (!cluster.rootInCluster()) {
      return body.addStatement("throw noSuchMethod(method)").build();
    }
    body.addStatement("$1T target = ($1T) root", model.root().type())
        .beginControlFlow("switch (method)");
    List<MethodModel> methods = model.methods();
    for (int i = 0; i < methods.size(); i++) {
      MethodModel method = methods.get(i);
      if (method.kind() != RouteKind.ON_ROOT) {
        continue;
      }
      CodeBlock call = ClusterCode.unpacked(method, "target");
      if (Overrides.returnsVoid(method)) {
        body.beginControlFlow("case $L:", i)
            .addStatement("$L", call)
            .addStatement("return null")
            .endControlFlow();
      } else {
        body.addStatement("case $L: return $L", i, call);
      }
    }
    return body.addStatement("default: throw noSuchMethod(method)").endControlFlow().build();
  }
}

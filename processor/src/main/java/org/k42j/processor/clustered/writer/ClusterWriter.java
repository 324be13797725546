package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import org.k42j.annotations.Reduce;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ClusterModel;
import org.k42j.processor.clustered.model.ClusterModel.ClusterMethod;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.GeneratedCode;
import org.k42j.processor.common.Javadocs;

/**
 * Writes {@code <prefix>_Cluster} for a {@code @ClusterWide} contract: the handle of one
 * cluster-wide name in one member ({@code k42j-cluster}). It implements the contract over the
 * member's binding: per-rep and {@code @OnRoot} calls go to the member-local dispatcher (whose
 * root, the nested {@code MemberRoot}, sends {@code @OnRoot} methods to the cluster's copy of the
 * root); gathers and broadcasts go to the member's parts or, when {@code @ClusterWide}, to every
 * member. The nested enum {@code Side} is what crosses JVMs: it runs the member-local part of each
 * route, folds members' results, runs root methods on the cluster's copy, and moves rep state at a
 * graceful leave. Methods are numbered by their position in the contract's model.
 */
public final class ClusterWriter {
  private static final String CLUSTER = "org.k42j.cluster";
  private static final ClassName BINDING = ClassName.get(CLUSTER, "ClusterBinding");
  private static final ClassName MEMBER = ClassName.get(CLUSTER, "ClusterMember");
  private static final ClassName SIDE_INTERFACE = ClassName.get(CLUSTER, "ClusterSide");
  private static final ClassName ROUTES = ClassName.get(CLUSTER + ".internal", "ClusterRoutes");
  private static final ClassName SERIAL_FORM =
      ClassName.get("org.k42j.runtime.internal", "SerialForm");
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
  private static final String INDENT = "  ";

  /** Writes {@code <prefix>_Cluster} for {@code cluster} through {@code filer}. */
  public void write(Filer filer, ClusterModel cluster) throws IOException {
    javaFile(cluster).writeTo(filer);
  }

  /**
   * Writes the stand-in of {@code <prefix>_Cluster} for a contract whose cluster side has an error:
   * {@code of} takes any member and refuses, so user code that names it compiles and the contract's
   * one error stays the only one. It names no type of {@code k42j-cluster}, which may be missing.
   */
  public void writeStandIn(Filer filer, ContractModel model) throws IOException {
    ClassName self = model.generated(GeneratedType.CLUSTER);
    TypeSpec standIn =
        TypeShells.staticHolderBuilder(
                model,
                GeneratedType.CLUSTER,
                true,
                "Stands in for the cluster side of "
                    + Javadocs.link(model.contract(), model.contract().packageName())
                    + ", which has an error the compiler reported; fix it to get the real one.")
            .addModifiers(Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("of")
                    .addModifiers(TypeShells.visibility(model))
                    .addModifiers(Modifier.STATIC)
                    .addJavadoc(Javadocs.member("Refuses: the cluster side has an error."))
                    .addTypeVariables(model.typeVariables())
                    .addParameter(Object.class, "member")
                    .addParameter(String.class, "name")
                    .returns(model.contractType())
                    .addStatement(
                        "throw new $T($L)",
                        IllegalStateException.class,
                        literal(
                            model.contract().canonicalName()
                                + " has an error in its cluster side (see the compiler's"
                                + " message); "
                                + self.simpleName()
                                + " is a stand-in"))
                    .build())
            .build();
    JavaFile.builder(model.contract().packageName(), standIn)
        .indent(INDENT)
        .skipJavaLangImports(true)
        .build()
        .writeTo(filer);
  }

  /** The generated file, not yet written. */
  JavaFile javaFile(ClusterModel cluster) {
    ContractModel model = cluster.contract();
    return JavaFile.builder(model.contract().packageName(), type(cluster))
        .indent(INDENT)
        .skipJavaLangImports(true)
        .build();
  }

  private TypeSpec type(ClusterModel cluster) {
    ContractModel model = cluster.contract();
    String pkg = model.contract().packageName();
    String contract = Javadocs.link(model.contract(), pkg);
    ClassName self = model.generated(GeneratedType.CLUSTER);
    ClassName side = self.nestedClass("Side");
    TypeSpec.Builder type =
        TypeShells.classBuilder(
                model,
                GeneratedType.CLUSTER,
                true,
                "A clustered "
                    + contract
                    + " across a cluster of JVMs, as one member sees it: per-rep and @OnRoot calls"
                    + " go to this member's local object (the @OnRoot ones on to the cluster's"
                    + " copy of the root), gathers and broadcasts to this member's parts or, when"
                    + " @ClusterWide, to every member. Bound with {@link #of}.")
            .addModifiers(Modifier.FINAL)
            .addSuperinterface(model.contractType())
            .addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(BINDING, model.contractType()),
                        "binding",
                        Modifier.PRIVATE,
                        Modifier.FINAL,
                        Modifier.TRANSIENT)
                    .build())
            .addField(
                FieldSpec.builder(
                        model.contractType(),
                        "local",
                        Modifier.PRIVATE,
                        Modifier.FINAL,
                        Modifier.TRANSIENT)
                    .addJavadoc(Javadocs.member("This member's local object: the per-rep route."))
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(
                        ParameterizedTypeName.get(BINDING, model.contractType()), "binding")
                    .addStatement("this.binding = binding")
                    .addStatement("this.local = binding.local()")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("of")
                    .addModifiers(TypeShells.visibility(model))
                    .addModifiers(Modifier.STATIC)
                    .addJavadoc(
                        Javadocs.member(
                            "The clustered "
                                + contract
                                + " named {@code name} in {@code member}'s cluster. The member's"
                                + " first call makes its local object (and registers the name"
                                + " cluster-wide, with the cluster's copy of the root, if no"
                                + " member did before); later calls return handles to the same."))
                    .addParameter(MEMBER, "member")
                    .addParameter(String.class, "name")
                    .returns(model.contractType())
                    .addStatement("return new $T(member.bind(name, $T.INSTANCE))", self, side)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("writeReplace")
                    .addModifiers(Modifier.PRIVATE)
                    .addJavadoc(
                        Javadocs.member(
                            "Refused: a cluster handle is bound to its member. Send the name, and"
                                + " bind it with {@link #of} on the other side."))
                    .returns(Object.class)
                    .addException(java.io.ObjectStreamException.class)
                    .addStatement(
                        "throw new $T($L)",
                        java.io.NotSerializableException.class,
                        literal(
                            "a cluster handle is bound to its member: send the name and bind it"
                                + " with "
                                + self.simpleName()
                                + ".of(member, name)"))
                    .build());
    List<MethodModel> methods = model.methods();
    for (int i = 0; i < methods.size(); i++) {
      MethodSpec handleMethod = handleMethod(cluster.methods().get(i), i, side);
      if (handleMethod != null) {
        type.addMethod(handleMethod);
      }
    }
    type.addType(sideType(cluster, side));
    if (cluster.rootInCluster()) {
      type.addType(memberRoot(cluster));
    }
    return type.build();
  }

  // --- the handle --------------------------------------------------------------------------------

  private static MethodSpec handleMethod(ClusterMethod entry, int number, ClassName side) {
    MethodModel method = entry.method();
    MethodScope scope = new MethodScope(method);
    CodeBlock args = arguments(method);
    CodeBlock binding = scope.field("binding");
    switch (method.kind()) {
      case DEFAULT_BODY:
        return null;
      case DISPATCH:
        {
          MethodSpec.Builder body = Overrides.signature(method);
          Overrides.addReturningHandle(body, method, scope, scope.field("local"));
          return body.build();
        }
      case ON_ROOT:
        {
          MethodSpec.Builder body = Overrides.signature(method);
          body.addComment("The local root sends it to the cluster's copy of the root.");
          Overrides.addReturning(body, method, Overrides.call(scope.field("local"), method));
          return body.build();
        }
      case GATHER:
      case BROADCAST:
        {
          CodeBlock call =
              entry.clusterWide()
                  ? CodeBlock.of("$L.onEveryMember($L, $L)", binding, number, args)
                  : CodeBlock.of(
                      "$L.onParts($L.INSTANCE, $L.parts(), $L, $L)",
                      scope.type(ROUTES),
                      scope.type(side),
                      binding,
                      number,
                      args);
          List<String> warnings = new ArrayList<>();
          if (!Overrides.returnsVoid(method) && !Overrides.isReifiable(method.returnType())) {
            warnings.add("unchecked");
          }
          MethodSpec.Builder body = Overrides.signature(method, warnings);
          String where = entry.clusterWide() ? "every member" : "this member's parts";
          if (method.kind() == RouteKind.BROADCAST) {
            body.addJavadoc(
                Javadocs.member("Broadcasts " + "{@code " + method.name() + "} to " + where + "."));
            return body.addStatement("$L", call).build();
          }
          body.addJavadoc(
              Javadocs.member(
                  "Gathers {@code "
                      + method.name()
                      + "} from "
                      + where
                      + ", folded as each member folds its reps."));
          CodeBlock value =
              entry.clusterWide()
                  ? CodeBlock.of("$L.INSTANCE.fold($L, $L)", scope.type(side), number, call)
                  : call;
          return body.addStatement("return $L", cast(method.returnType(), value)).build();
        }
      default:
        throw new IllegalStateException("no cluster route for " + method.kind());
    }
  }

  // --- the side ----------------------------------------------------------------------------------

  private static TypeSpec sideType(ClusterModel cluster, ClassName side) {
    ContractModel model = cluster.contract();
    TypeName contract = model.contractType();
    TypeName bindingType = ParameterizedTypeName.get(BINDING, contract);
    ClassName dispatcher = model.generated(GeneratedType.DISPATCHER);
    ClassName root = model.root().type();
    CodeBlock newRoot =
        cluster.rootInCluster()
            ? CodeBlock.of("new $T(binding)", memberRootName(cluster))
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
            .addSuperinterface(ParameterizedTypeName.get(SIDE_INTERFACE, contract))
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
                        literal(
                            model.contract().canonicalName() + " has no cluster route numbered "))
                    .build())
            .addMethod(onMember(cluster))
            .addMethod(fold(cluster))
            .addMethod(onRoot(cluster))
            .addMethod(
                MethodSpec.methodBuilder("exportStates")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(LIST, ClassName.OBJECT))
                    .addParameter(contract, "local")
                    .addStatement("$1T root = ($1T) $2T.rootOf(local)", root, RuntimeTypes.HANDLE)
                    .addStatement("$T<Object> states = new $T<>()", LIST, ARRAY_LIST)
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
                    .addParameter(ParameterizedTypeName.get(LIST, ClassName.OBJECT), "states")
                    .addStatement("return $T.importInto(newLocal(binding), states)", SERIAL_FORM)
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
        routedCall("onMember", ParameterizedTypeName.get(LIST, model.contractType()), "parts")
            .beginControlFlow("switch (method)");
    List<MethodModel> methods = model.methods();
    for (int i = 0; i < methods.size(); i++) {
      MethodModel method = methods.get(i);
      CodeBlock call = unpacked(method, "part");
      if (method.kind() == RouteKind.GATHER) {
        body.beginControlFlow("case $L:", i)
            .addStatement("$T<Object> results = new $T<>(parts.size())", LIST, ARRAY_LIST)
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
            .addParameter(ParameterizedTypeName.get(LIST, ClassName.OBJECT), "results")
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
            ROUTES,
            Reduce.class,
            method.reduce().name(),
            primitive);
      } else {
        body.addStatement(
            "case $L: return $T.combine(new $T(), results, $L, $S)",
            i,
            ROUTES,
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
      CodeBlock call = unpacked(method, "target");
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

  // --- the member's root -------------------------------------------------------------------------

  private static ClassName memberRootName(ClusterModel cluster) {
    return cluster.contract().generated(GeneratedType.CLUSTER).nestedClass("MemberRoot");
  }

  private static TypeSpec memberRoot(ClusterModel cluster) {
    ContractModel model = cluster.contract();
    TypeName bindingType = ParameterizedTypeName.get(BINDING, model.contractType());
    TypeSpec.Builder type =
        TypeSpec.classBuilder("MemberRoot")
            .addModifiers(Modifier.STATIC, Modifier.FINAL)
            .superclass(model.root().type())
            .addJavadoc(
                Javadocs.type(
                    "The root of this member's local object: each @OnRoot method goes to the"
                        + " cluster's copy of the root (on the member that owns it), so the"
                        + " dispatcher and the reps that call it reach the one cluster-wide"
                        + " state. Never serialized."))
            .addField(
                FieldSpec.builder(long.class, "serialVersionUID")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("1L")
                    .build())
            .addField(
                FieldSpec.builder(
                        bindingType,
                        "binding",
                        Modifier.PRIVATE,
                        Modifier.FINAL,
                        Modifier.TRANSIENT)
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(bindingType, "binding")
                    .addStatement("this.binding = binding")
                    .build());
    List<ClusterMethod> methods = cluster.methods();
    for (int i = 0; i < methods.size(); i++) {
      ClusterMethod entry = methods.get(i);
      MethodModel method = entry.method();
      if (method.kind() != RouteKind.ON_ROOT) {
        continue;
      }
      MethodSpec.Builder override =
          MethodSpec.methodBuilder(method.name())
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addTypeVariables(method.typeVariables())
              .returns(method.returnType())
              .addParameters(method.parameters())
              .varargs(method.varargs());
      for (TypeName exception : entry.rootExceptions()) {
        override.addException(exception);
      }
      if (!Overrides.returnsVoid(method) && !Overrides.isReifiable(method.returnType())) {
        override.addAnnotation(GeneratedCode.suppress("unchecked"));
      }
      CodeBlock call = CodeBlock.of("this.binding.onRoot($L, $L)", i, arguments(method));
      if (Overrides.returnsVoid(method)) {
        override.addStatement("$L", call);
      } else {
        override.addStatement("return $L", cast(method.returnType(), call));
      }
      type.addMethod(override.build());
    }
    return type.build();
  }

  // --- pieces ------------------------------------------------------------------------------------

  /** {@code new Object[] {a, b}}: the call's arguments, boxed, to carry across JVMs. */
  private static CodeBlock arguments(MethodModel method) {
    List<CodeBlock> names = new ArrayList<>();
    for (ParameterSpec parameter : method.parameters()) {
      names.add(CodeBlock.of("$N", parameter));
    }
    return CodeBlock.of("new Object[] {$L}", CodeBlock.join(names, ", "));
  }

  /** {@code receiver.m((A) args[0], (long) (Long) args[1])}: a call with carried arguments. */
  private static CodeBlock unpacked(MethodModel method, String receiver) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < method.parameters().size(); i++) {
      TypeName type = ClusterModel.erasure(method.parameters().get(i).type());
      arguments.add(cast(type, CodeBlock.of("args[$L]", i)));
    }
    return CodeBlock.of("$N.$N($L)", receiver, method.name(), CodeBlock.join(arguments, ", "));
  }

  /**
   * {@code text} as a string literal in pieces of at most 45 characters joined by {@code +}, so
   * that generated lines stay within 100 columns.
   */
  private static CodeBlock literal(String text) {
    List<CodeBlock> pieces = new ArrayList<>();
    int start = 0;
    while (text.length() - start > 45) {
      int cut = text.lastIndexOf(' ', start + 45);
      cut = cut <= start ? start + 45 : cut;
      pieces.add(CodeBlock.of("$S", text.substring(start, cut)));
      start = cut;
    }
    pieces.add(CodeBlock.of("$S", text.substring(start)));
    return CodeBlock.join(pieces, "\n+ ");
  }

  /** {@code (T) value}, or {@code (long) (Long) value} for a primitive {@code T}. */
  private static CodeBlock cast(TypeName type, CodeBlock value) {
    if (type.isPrimitive()) {
      return CodeBlock.of("($T) ($T) $L", type, type.box(), value);
    }
    if (type.equals(ClassName.OBJECT)) {
      return value;
    }
    return CodeBlock.of("($T) $L", type, value);
  }
}

package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ClusterModel;
import org.k42j.processor.clustered.model.ClusterModel.ClusterMethod;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.Javadocs;

/**
 * Writes {@code <prefix>_Cluster} for a {@code @ClusterWide} contract: the handle of one
 * cluster-wide name in one member ({@code k42j-cluster}). It implements the contract over the
 * member's binding: per-rep and {@code @OnRoot} calls go to the member-local dispatcher (whose
 * root, the nested {@code MemberRoot} written by {@link MemberRootWriter}, sends {@code @OnRoot}
 * methods to the cluster's copy of the root); gathers and broadcasts go to the member's parts or,
 * when {@code @ClusterWide}, to every member. The nested enum {@code Side}, written by {@link
 * ClusterSideWriter}, is what crosses JVMs. Methods are numbered by their position in the
 * contract's model. The stand-in for a contract with an error is {@link ClusterStandInWriter}'s.
 */
public final class ClusterWriter {
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
    ClusterStandInWriter.write(filer, model);
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
                        ParameterizedTypeName.get(ClusterTypes.BINDING, model.contractType()),
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
                        ParameterizedTypeName.get(ClusterTypes.BINDING, model.contractType()),
                        "binding")
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
                    .addParameter(ClusterTypes.MEMBER, "member")
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
                        ClusterCode.literal(
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
    type.addType(ClusterSideWriter.type(cluster, side));
    if (cluster.rootInCluster()) {
      type.addType(MemberRootWriter.type(cluster));
    }
    return type.build();
  }

  // --- the handle --------------------------------------------------------------------------------

  private static MethodSpec handleMethod(ClusterMethod entry, int number, ClassName side) {
    MethodModel method = entry.method();
    MethodScope scope = new MethodScope(method);
    CodeBlock args = ClusterCode.arguments(method);
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
                      scope.type(ClusterTypes.ROUTES),
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
          return body.addStatement("return $L", ClusterCode.cast(method.returnType(), value))
              .build();
        }
      default:
        throw new IllegalStateException("no cluster route for " + method.kind());
    }
  }
}

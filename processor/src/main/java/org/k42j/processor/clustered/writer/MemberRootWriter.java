package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ClusterModel;
import org.k42j.processor.clustered.model.ClusterModel.ClusterMethod;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.GeneratedCode;
import org.k42j.processor.common.Javadocs;

/**
 * Writes the class {@code MemberRoot} nested in {@code <prefix>_Cluster} for a contract whose root
 * lives in the cluster: the root of a member's local object, whose {@code @OnRoot} overrides send
 * each call, numbered by its position in the contract's model, to the cluster's copy of the root.
 */
final class MemberRootWriter {
  private MemberRootWriter() {}

  /** {@code <prefix>_Cluster.MemberRoot}. */
  static ClassName name(ClusterModel cluster) {
    return cluster.contract().generated(GeneratedType.CLUSTER).nestedClass("MemberRoot");
  }

  static TypeSpec type(ClusterModel cluster) {
    ContractModel model = cluster.contract();
    TypeName bindingType = ParameterizedTypeName.get(ClusterTypes.BINDING, model.contractType());
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
      CodeBlock call =
          CodeBlock.of("this.binding.onRoot($L, $L)", i, ClusterCode.arguments(method));
      if (Overrides.returnsVoid(method)) {
        override.addStatement("$L", call);
      } else {
        override.addStatement("return $L", ClusterCode.cast(method.returnType(), call));
      }
      type.addMethod(override.build());
    }
    return type.build();
  }
}

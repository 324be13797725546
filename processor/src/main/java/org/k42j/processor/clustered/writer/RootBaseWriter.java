package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.RepModel;
import org.k42j.processor.clustered.model.StateTransferModel;
import org.k42j.processor.common.GeneratedCode;
import org.k42j.processor.common.Javadocs;

/**
 * Writes {@code <prefix>_RootBase}: the runtime's {@code ClusterRoot} with the contract's name and
 * rep settings and its four factory hooks filled in (row, miss object, rep, guard), plus the three
 * state-transfer hooks of hot swapping when the rep declares {@code @ExportState} and
 * {@code @ImportState}. The generated root and user {@code @Root} classes extend it.
 */
final class RootBaseWriter implements TypeWriter {
  @Override
  public GeneratedType type() {
    return GeneratedType.ROOT_BASE;
  }

  @Override
  public TypeSpec write(ContractModel model) {
    String pkg = model.contract().packageName();
    RepModel rep = model.rep();
    TypeName contractType = model.contractType();
    TypeName repType = model.parameterized(rep.type());
    String holder =
        model.root().userWritten()
            ? Javadocs.link(model.root().type(), pkg)
            : "A {@code @Root} class";
    String diamond = TypeShells.diamond(model);

    TypeSpec.Builder type =
        TypeShells.classBuilder(
                model,
                GeneratedType.ROOT_BASE,
                true,
                "The root of a clustered "
                    + Javadocs.link(model.contract(), pkg)
                    + ": rep set, miss handling under {@code Policy."
                    + rep.policy().name()
                    + "}, cleanup. "
                    + holder
                    + " extends it to hold shared state.")
            .addModifiers(Modifier.ABSTRACT)
            .superclass(
                ParameterizedTypeName.get(RuntimeTypes.CLUSTER_ROOT, contractType, repType));

    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PROTECTED)
            .addStatement(
                "super($S, $T.$L, $L, $T.$L)",
                model.contract().canonicalName(),
                RuntimeTypes.POLICY,
                rep.policy().name(),
                rep.policy() == Policy.PER_CLUSTER ? rep.clusterSize() : 0,
                RuntimeTypes.CONCURRENCY,
                rep.concurrency().name())
            .build());
    type.addMethod(newRow(model));
    type.addMethod(
        hook("newMissObject", contractType)
            .addParameter(rootCore(model), "core")
            .addStatement("return new $T$L(core)", model.generated(GeneratedType.MISS), diamond)
            .build());
    type.addMethod(newRep(model, repType));
    type.addMethod(guard(model, contractType, repType));
    StateTransferModel transfer = rep.stateTransfer();
    if (transfer != null) {
      type.addMethod(
          MethodSpec.methodBuilder("transfersState")
              .addJavadoc(
                  Javadocs.member(
                      "The rep declares a state transfer, so the object can be hot swapped."))
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
              .returns(boolean.class)
              .addStatement("return true")
              .build());
      type.addMethod(
          hook("exportState", ClassName.OBJECT)
              .addJavadoc(
                  Javadocs.member("Hot swap: an old rep's state, from its {@code @ExportState}."))
              .addParameter(repType, "rep")
              .addStatement("return rep.$N()", transfer.exportMethod())
              .build());
      TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), transfer.state());
      type.addMethod(
          MethodSpec.methodBuilder("importState")
              .addJavadoc(
                  Javadocs.member(
                      "Hot swap: every old rep's state, into the new rep's {@code"
                          + " @ImportState}."))
              .addAnnotation(Override.class)
              .addAnnotation(GeneratedCode.suppress("unchecked"))
              .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
              .addParameter(repType, "rep")
              .addParameter(
                  ParameterizedTypeName.get(ClassName.get(List.class), ClassName.OBJECT),
                  "exported")
              .addComment("Each element was returned by exportState: the type @ImportState takes.")
              .addStatement(
                  "rep.$N(($T) ($T) exported)", transfer.importMethod(), list, WILDCARD_LIST)
              .build());
    }
    return type.build();
  }

  private static final TypeName WILDCARD_LIST =
      ParameterizedTypeName.get(
          ClassName.get(List.class), WildcardTypeName.subtypeOf(Object.class));

  /** {@code RootCore<Contract>}: the object's internal core, which generated code calls. */
  static TypeName rootCore(ContractModel model) {
    return ParameterizedTypeName.get(RuntimeTypes.ROOT_CORE, model.contractType());
  }

  private static MethodSpec.Builder hook(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
        .returns(returns);
  }

  private static MethodSpec newRow(ContractModel model) {
    ArrayTypeName rowType = ArrayTypeName.of(model.contractType());
    MethodSpec.Builder method = hook("newRow", rowType).addParameter(int.class, "length");
    if (model.typeVariables().isEmpty()) {
      return method.addStatement("return new $T[length]", model.contract()).build();
    }
    TypeName wildcard =
        ParameterizedTypeName.get(
            model.contract(),
            model.typeVariables().stream()
                .map(variable -> WildcardTypeName.subtypeOf(Object.class))
                .toArray(TypeName[]::new));
    return method
        .addComment("Java cannot create an array of a parameterized type; the wildcard array only")
        .addComment("ever holds entries of the contract type.")
        .addStatement(
            "@SuppressWarnings($S) $T row = ($T) new $T[length]",
            "unchecked",
            rowType,
            rowType,
            wildcard)
        .addStatement("return row")
        .build();
  }

  private static MethodSpec newRep(ContractModel model, TypeName repType) {
    MethodSpec.Builder method = hook("newRep", repType);
    String diamond = TypeShells.diamond(model);
    if (model.rep().takesRoot()) {
      return method
          .addStatement(
              "return new $T$L(($T) this)",
              model.rep().type(),
              diamond,
              model.parameterized(model.root().type()))
          .build();
    }
    return method.addStatement("return new $T$L()", model.rep().type(), diamond).build();
  }

  private static MethodSpec guard(ContractModel model, TypeName contractType, TypeName repType) {
    MethodSpec.Builder method =
        hook("guard", contractType)
            .addParameter(rootCore(model), "core")
            .addParameter(repType, "rep");
    if (model.rep().concurrency() == Concurrency.THREAD_SAFE) {
      return method
          .addJavadoc(
              Javadocs.member(
                  "Thread-safe reps take no guard: the row entry is the rep itself (the root never"
                      + " asks for a guard around them)."))
          .addStatement("return rep")
          .build();
    }
    return method
        .addStatement(
            "return new $T$L(core, rep)",
            model.generated(GeneratedType.GUARD),
            TypeShells.diamond(model))
        .build();
  }
}

package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.k42j.annotations.Concurrency;
import org.k42j.annotations.Policy;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.StandInModel;
import org.k42j.processor.common.GeneratedCode;
import org.k42j.processor.common.Javadocs;

/**
 * Writes the stand-in {@code <prefix>_RootBase} and {@code <prefix>_RepBase} of a contract that has
 * an error (see {@link StandInModel}): abstract classes extending the runtime's {@code ClusterRoot}
 * and {@code AbstractRep} (nothing, when the runtime is missing from the class path), generic over
 * the contract's type variables, naming nothing of the contract. The root base's hooks throw: no
 * factory exists to call them.
 */
final class StandInWriter {
  private StandInWriter() {}

  /** The stand-ins, in the model's order, not yet written. */
  static List<JavaFile> javaFiles(StandInModel model) {
    List<JavaFile> files = new ArrayList<>();
    for (GeneratedType type : model.types()) {
      files.add(file(model, standIn(model, type)));
    }
    return files;
  }

  private static TypeSpec standIn(StandInModel model, GeneratedType type) {
    switch (type) {
      case ROOT_BASE:
        return rootBase(model);
      case REP_BASE:
        return repBase(model);
      case ROOT:
        return root(model);
      default:
        // A name a sealed contract's permits clause gives: only its existence counts.
        return shell(model, type, "generated class " + model.generated(type).simpleName())
            .addModifiers(Modifier.FINAL)
            .build();
    }
  }

  /** {@code final class <prefix>_Root extends <prefix>_RootBase}, as the generated root. */
  private static TypeSpec root(StandInModel model) {
    TypeSpec.Builder type = shell(model, GeneratedType.ROOT, "root");
    ClassName base = model.generated(GeneratedType.ROOT_BASE);
    TypeName superclass =
        model.typeVariables().isEmpty()
            ? base
            : ParameterizedTypeName.get(
                base,
                model.typeVariables().stream().map(TypeVariableName::get).toArray(TypeName[]::new));
    return type.addModifiers(Modifier.FINAL).superclass(superclass).build();
  }

  private static JavaFile file(StandInModel model, TypeSpec type) {
    return JavaFile.builder(model.contract().packageName(), type)
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  private static TypeSpec rootBase(StandInModel model) {
    if (!model.runtimeAvailable()) {
      return shell(model, GeneratedType.ROOT_BASE, "root base")
          .addModifiers(Modifier.ABSTRACT)
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED).build())
          .build();
    }
    TypeSpec.Builder type =
        shell(model, GeneratedType.ROOT_BASE, "root base")
            .addModifiers(Modifier.ABSTRACT)
            .superclass(
                ParameterizedTypeName.get(
                    RuntimeTypes.CLUSTER_ROOT, ClassName.OBJECT, ClassName.OBJECT))
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PROTECTED)
                    .addStatement(
                        "super($S, $T.$L, 0, $T.$L)",
                        model.contract().canonicalName(),
                        RuntimeTypes.POLICY,
                        Policy.PER_PROCESSOR.name(),
                        RuntimeTypes.CONCURRENCY,
                        Concurrency.EXCLUSIVE.name())
                    .build());
    ParameterSpec core =
        ParameterSpec.builder(
                ParameterizedTypeName.get(RuntimeTypes.ROOT_CORE, ClassName.OBJECT), "core")
            .build();
    type.addMethod(
        hook(
            model,
            "newRow",
            TypeName.get(Object[].class),
            ParameterSpec.builder(TypeName.INT, "length").build()));
    type.addMethod(hook(model, "newMissObject", ClassName.OBJECT, core));
    type.addMethod(hook(model, "newRep", ClassName.OBJECT));
    type.addMethod(
        hook(
            model,
            "guard",
            ClassName.OBJECT,
            core,
            ParameterSpec.builder(ClassName.OBJECT, "rep").build()));
    return type.build();
  }

  private static TypeSpec repBase(StandInModel model) {
    TypeSpec.Builder type =
        shell(model, GeneratedType.REP_BASE, "rep base").addModifiers(Modifier.ABSTRACT);
    if (model.runtimeAvailable()) {
      type.superclass(RuntimeTypes.ABSTRACT_REP);
    }
    return type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED).build())
        .build();
  }

  private static TypeSpec.Builder shell(StandInModel model, GeneratedType type, String what) {
    String contract = model.contract().canonicalName();
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(model.generated(type).simpleName())
            .addJavadoc(
                Javadocs.type(
                    "A stand-in for the "
                        + what
                        + " of {@code "
                        + contract
                        + "}, written because k42j reported an error for that contract and"
                        + " generated nothing else for it: it lets the code that names it compile"
                        + " until the error is fixed, and is never instantiated."))
            .addAnnotation(RuntimeTypes.GENERATED_ANNOTATION)
            .addAnnotation(GeneratedCode.MARKER);
    if (model.isPublic()) {
      builder.addModifiers(Modifier.PUBLIC);
    }
    for (String variable : model.typeVariables()) {
      builder.addTypeVariable(TypeVariableName.get(variable));
    }
    if (model.originatingElement() != null) {
      builder.addOriginatingElement(model.originatingElement());
    }
    return builder;
  }

  private static MethodSpec hook(
      StandInModel model, String name, TypeName returns, ParameterSpec... parameters) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED, Modifier.FINAL)
            .returns(returns)
            .addStatement(
                "throw new $T($S)",
                IllegalStateException.class,
                model.contract().canonicalName()
                    + " has an error reported by k42j; fix it to generate its classes");
    for (ParameterSpec parameter : parameters) {
      method.addParameter(parameter);
    }
    return method.build();
  }
}

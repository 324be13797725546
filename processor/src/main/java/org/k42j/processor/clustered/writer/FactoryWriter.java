package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.RepModel;
import org.k42j.processor.clustered.model.RootConstructor;
import org.k42j.processor.common.GeneratedCode;
import org.k42j.processor.common.Javadocs;

/**
 * Writes {@code <prefix>_Factory}: one {@code static create} per constructor of the root the
 * factory can call, with that constructor's type variables, parameters, varargs and thrown types;
 * each call makes one new root and dispatcher. The generated root has one constructor, taking
 * nothing.
 */
final class FactoryWriter implements TypeWriter {
  @Override
  public GeneratedType type() {
    return GeneratedType.FACTORY;
  }

  @Override
  public TypeSpec write(ContractModel model) {
    String contract = Javadocs.link(model.contract(), model.contract().packageName());
    TypeSpec.Builder factory =
        TypeShells.staticHolderBuilder(
                model, GeneratedType.FACTORY, true, "Creates clustered " + contract + "s.")
            .addModifiers(Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (RootConstructor constructor : model.root().constructors()) {
      factory.addMethod(create(model, constructor, contract));
    }
    return factory.build();
  }

  private static MethodSpec create(
      ContractModel model, RootConstructor constructor, String contract) {
    String what = "A new clustered " + contract + ": " + reps(model.rep()) + ".";
    List<String> arguments = new ArrayList<>();
    for (ParameterSpec parameter : constructor.parameters()) {
      arguments.add(parameter.name());
    }
    MethodSpec.Builder create =
        MethodSpec.methodBuilder("create")
            .addModifiers(TypeShells.visibility(model))
            .addModifiers(Modifier.STATIC)
            .addTypeVariables(model.typeVariables())
            .addTypeVariables(constructor.typeVariables())
            .returns(model.contractType())
            .addParameters(constructor.parameters())
            .varargs(constructor.varargs());
    if (constructor.parameters().isEmpty()) {
      create.addJavadoc(Javadocs.member(what));
      if (!constructor.exceptions().isEmpty()) {
        create.addJavadoc("\n");
      }
    } else {
      String root = Javadocs.name(model.root().type(), model.contract().packageName());
      create.addJavadoc(
          Javadocs.member(
              what
                  + " Its root is made by {@code new "
                  + root
                  + "("
                  + String.join(", ", arguments)
                  + ")}."));
      create.addJavadoc("\n");
      for (ParameterSpec parameter : constructor.parameters()) {
        create.addJavadoc("@param $L passed to the constructor of the root\n", parameter.name());
      }
    }
    for (TypeName exception : constructor.exceptions()) {
      create.addException(exception);
      create.addJavadoc("@throws $T when the constructor of the root throws it\n", exception);
    }
    if (constructor.deprecated() != null) {
      create.addAnnotation(constructor.deprecated());
    }
    List<String> suppressed = new ArrayList<>();
    if (constructor.varargs() && !Overrides.isReifiable(lastComponent(constructor))) {
      // Declaring K... is "possible heap pollution"; create only passes the array on.
      suppressed.add("unchecked");
    }
    if (constructor.deprecatedForRemoval()) {
      suppressed.add("removal");
    }
    if (!suppressed.isEmpty()) {
      create.addAnnotation(GeneratedCode.suppress(suppressed));
    }
    return create
        .addStatement(
            "return new $T$L(new $T($L))",
            model.generated(GeneratedType.DISPATCHER),
            TypeShells.diamond(model),
            model.parameterized(model.root().type()),
            constructor.parameters().stream()
                .map(parameter -> CodeBlock.of("$N", parameter))
                .collect(CodeBlock.joining(", ")))
        .build();
  }

  private static TypeName lastComponent(RootConstructor constructor) {
    TypeName last = constructor.parameters().get(constructor.parameters().size() - 1).type();
    return last instanceof ArrayTypeName array ? array.componentType() : last;
  }

  /** How many reps the object gets and when, under the rep's policy. */
  private static String reps(RepModel rep) {
    switch (rep.policy()) {
      case PER_PROCESSOR:
        return "one rep per processor, each created on its processor's first call";
      case PER_NODE:
        return "one rep per NUMA node, each created on first use";
      case PER_CLUSTER:
        return "one rep per cluster of "
            + rep.clusterSize()
            + " processors, each created on first"
            + " use";
      case SINGLE:
        return "a single rep shared by every processor, created on first use";
      case ADAPTIVE:
        return "one shared rep, plus a rep of its own for each processor that meets contention,"
            + " each created on first use";
      default:
        throw new AssertionError(rep.policy());
    }
  }
}

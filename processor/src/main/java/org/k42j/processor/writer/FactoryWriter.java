package org.k42j.processor.writer;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.k42j.processor.model.ContractModel;
import org.k42j.processor.model.GeneratedType;
import org.k42j.processor.model.RepModel;

/** Writes {@code <prefix>_Factory}: {@code static create()}, one new root and dispatcher per call. */
final class FactoryWriter implements TypeWriter {
  @Override
  public GeneratedType type() {
    return GeneratedType.FACTORY;
  }

  @Override
  public TypeSpec write(ContractModel model) {
    String contract = Javadocs.link(model.contract(), model.contract().packageName());
    String diamond = TypeShells.diamond(model);
    return TypeShells.staticHolderBuilder(
            model, GeneratedType.FACTORY, true, "Creates clustered " + contract + "s.")
        .addModifiers(Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("create")
                .addJavadoc(
                    Javadocs.member("A new clustered " + contract + ": " + reps(model.rep()) + "."))
                .addModifiers(TypeShells.visibility(model))
                .addModifiers(Modifier.STATIC)
                .addTypeVariables(model.typeVariables())
                .returns(model.contractType())
                .addStatement(
                    "return new $T$L(new $T())",
                    model.generated(GeneratedType.DISPATCHER),
                    diamond,
                    model.parameterized(model.root().type()))
                .build())
        .build();
  }

  /** How many reps the object gets and when, under the rep's policy. */
  private static String reps(RepModel rep) {
    switch (rep.policy()) {
      case PER_PROCESSOR:
        return "one rep per processor, each created on its processor's first call";
      case PER_NODE:
        return "one rep per NUMA node, each created on first use";
      case PER_CLUSTER:
        return "one rep per cluster of " + rep.clusterSize() + " processors, each created on first"
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

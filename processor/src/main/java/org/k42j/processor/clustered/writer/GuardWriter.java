package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.k42j.annotations.Concurrency;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.Javadocs;

/**
 * Writes {@code <prefix>_Guard} for exclusive reps: the row entry that lets one thread at a time
 * into the rep on plain JVM threads (the lock itself is the runtime's {@code RepGuard}).
 * Thread-safe reps get none. Always package-private.
 */
final class GuardWriter implements TypeWriter {
  @Override
  public GeneratedType type() {
    return GeneratedType.GUARD;
  }

  @Override
  public boolean appliesTo(ContractModel model) {
    return model.rep().concurrency() == Concurrency.EXCLUSIVE;
  }

  @Override
  public TypeSpec write(ContractModel model) {
    TypeName contractType = model.contractType();
    TypeName core = RootBaseWriter.rootCore(model);
    TypeSpec.Builder type =
        TypeShells.classBuilder(
                model,
                GeneratedType.GUARD,
                false,
                "The row entry of an exclusive "
                    + Javadocs.link(model.contract(), model.contract().packageName())
                    + " rep on plain threads: lets one thread at a time into the rep.")
            .addModifiers(Modifier.FINAL)
            .superclass(RuntimeTypes.REP_GUARD)
            .addSuperinterface(contractType)
            .addField(contractType, "rep", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(core, "core")
                    .addParameter(contractType, "rep")
                    .addStatement("super(core)")
                    .addStatement("this.rep = rep")
                    .build());
    for (MethodModel method : model.methods()) {
      if (method.kind() == RouteKind.DEFAULT_BODY) {
        // Its body runs on whatever object it is called on; called on this guard (by a rep that
        // reaches a sibling through its row entry), every call the body makes takes the guard.
        continue;
      }
      MethodScope scope = new MethodScope(method);
      MethodSpec.Builder body = Overrides.signature(method);
      body.addStatement("lock()").beginControlFlow("try");
      Overrides.addReturningHandle(body, method, scope, scope.field("rep"));
      body.nextControlFlow("finally").addStatement("unlock()").endControlFlow();
      type.addMethod(body.build());
    }
    SerialFormWriter.markNeverWritten(type, model);
    return type.build();
  }
}

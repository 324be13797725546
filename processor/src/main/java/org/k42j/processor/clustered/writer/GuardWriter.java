package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
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
 *
 * <p>A call can reach a guard that a hot swap or destroy retired (from a thread neither could see;
 * {@code lock()} then returns false, holding nothing). A method the dispatcher routes to the
 * caller's own rep issues the call again through the object's handle, which reaches the current
 * reps or refuses a destroyed object; the guard's other methods, which only visits of the reps slot
 * by slot reach (gathers, broadcasts), refuse it with the retirement's exception.
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
                    + " rep on plain threads: lets one thread at a time into the rep. A call"
                    + " can find the guard retired: a hot swap moved the rep's state to new"
                    + " reps, or a destroy cleaned it up, after the call read this entry on a thread"
                    + " neither could see. It did not run here. A method routed to the caller's own"
                    + " rep then goes again through the object's handle, to the rep that serves the"
                    + " caller now (or the destroyed object's refusal); the others, which only"
                    + " visits of the reps slot by slot reach (gathers, broadcasts, root code),"
                    + " refuse it: one rep's visit cannot be issued again.")
            .addModifiers(Modifier.FINAL)
            .superclass(RuntimeTypes.REP_GUARD)
            .addSuperinterface(contractType)
            .addField(
                FieldSpec.builder(core, "core", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc(
                        Javadocs.member(
                            "The object's core, whose handle a call goes through again when this"
                                + " guard was retired."))
                    .build())
            .addField(contractType, "rep", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(core, "core")
                    .addParameter(contractType, "rep")
                    .addStatement("super(core)")
                    .addStatement("this.core = core")
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
      body.beginControlFlow("if (!lock())");
      if (method.kind() == RouteKind.DISPATCH) {
        body.addComment("Retired (see the class comment): once more, through the handle.");
        Overrides.addReturning(
            body, method, Overrides.call(CodeBlock.of("$L.handle()", scope.field("core")), method));
        if (Overrides.returnsVoid(method)) {
          body.addStatement("return");
        }
      } else {
        body.addComment("Retired (see the class comment): a visit of one rep is refused.")
            // Qualified: a contract method of the same name cannot make the call ambiguous.
            .addStatement("throw $T.refusal(this)", RuntimeTypes.REP_GUARD);
      }
      body.endControlFlow();
      body.beginControlFlow("try");
      Overrides.addReturningHandle(body, method, scope, scope.field("rep"));
      body.nextControlFlow("finally").addStatement("unlock()").endControlFlow();
      type.addMethod(body.build());
    }
    SerialFormWriter.markNeverWritten(type, model);
    return type.build();
  }
}

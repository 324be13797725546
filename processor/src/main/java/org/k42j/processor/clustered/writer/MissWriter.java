package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.Javadocs;

/**
 * Writes {@code <prefix>_Miss}, K42's default object: it fills every empty row entry, so the hit
 * path needs no null check. Every method, whatever its routing in the dispatcher, asks the root for
 * the calling processor's rep and re-issues the call on it. Always package-private.
 */
final class MissWriter implements TypeWriter {
  @Override
  public GeneratedType type() {
    return GeneratedType.MISS;
  }

  @Override
  public TypeSpec write(ContractModel model) {
    TypeName core = RootBaseWriter.rootCore(model);
    TypeSpec.Builder type =
        TypeShells.classBuilder(
                model,
                GeneratedType.MISS,
                false,
                "Stands in every empty entry of a "
                    + Javadocs.link(model.contract(), model.contract().packageName())
                    + " translation row (K42's default object): each method asks the object's core"
                    + " for the calling processor's rep, which the core creates on that processor's"
                    + " first call, and re-issues the call on it.")
            .addModifiers(Modifier.FINAL)
            .addSuperinterface(model.contractType())
            .addField(core, "core", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(core, "core")
                    .addStatement("this.core = core")
                    .build());
    for (MethodModel method : model.methods()) {
      if (method.kind() == RouteKind.DEFAULT_BODY || method.isObjectMethod()) {
        // A default body runs on the handle, and a marked toString, equals or hashCode is
        // gathered or runs on the root: no call reaches this object (a debugger printing it
        // must not make a rep).
        continue;
      }
      MethodScope scope = new MethodScope(method);
      MethodSpec.Builder body = Overrides.signature(method);
      CodeBlock rep =
          CodeBlock.of(
              "$L.miss($L.current())", scope.field("core"), scope.type(RuntimeTypes.PROCESSORS));
      if (method.returnsHandle()) {
        String entry = scope.local("entry");
        body.addStatement("$T $N = $L", model.contractType(), entry, rep);
        Overrides.addReturningHandle(body, method, scope, CodeBlock.of("$N", entry));
      } else {
        Overrides.addReturning(body, method, Overrides.call(rep, method));
      }
      type.addMethod(body.build());
    }
    SerialFormWriter.markNeverWritten(type, model);
    return type.build();
  }
}

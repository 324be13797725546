package org.k42j.processor.exported.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.k42j.processor.common.Javadocs;
import org.k42j.processor.exported.model.ExportedModel;
import org.k42j.processor.exported.model.PpcGeneratedType;
import org.k42j.processor.exported.model.RemoteMethodModel;
import org.k42j.processor.exported.model.RemoteMethodModel.RemoteParameter;
import org.k42j.processor.exported.model.ValueShape;

/**
 * Writes {@code <prefix>_Stub}: implements the exported interface in a client. Each method copies
 * its arguments by value into an array (an exported object as its handle) and makes a protected
 * procedure call with its method number ({@code call}; {@code send} for {@code @Async}); a result
 * arrives already copied by the skeleton, an exported one as a handle that the stub binds.
 */
final class StubWriter {
  private StubWriter() {}

  static TypeSpec write(ExportedModel model) {
    Set<String> names = methodNames(model);
    ValueCopies copies =
        new ValueCopies(model.generated(PpcGeneratedType.STUB), CodeBlock.of("ppc()"), names);
    TypeSpec.Builder stub =
        PpcShells.classBuilder(
                model,
                PpcGeneratedType.STUB,
                "The client side of "
                    + PpcShells.link(model)
                    + ": each call copies its arguments and runs the method in the exported"
                    + " object's address space by protected procedure call, on the caller's"
                    + " processor.")
            .superclass(PpcTypes.STUB)
            .addSuperinterface(model.exported())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc(
                        Javadocs.member(
                            "A stub calling the object {@code handle} names, through {@code"
                                + " ppc}."))
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(PpcTypes.OBJECT_HANDLE, "handle")
                    .addParameter(PpcTypes.PPC, "ppc")
                    .addStatement("super(handle, ppc)")
                    .build());
    for (RemoteMethodModel method : model.methods()) {
      stub.addMethod(method(method, copies));
    }
    stub.addMethods(copies.helpers());
    return stub.build();
  }

  static Set<String> methodNames(ExportedModel model) {
    Set<String> names = new HashSet<>();
    model.methods().forEach(method -> names.add(method.name()));
    return names;
  }

  private static MethodSpec method(RemoteMethodModel method, ValueCopies copies) {
    // The skeleton returned a value of exactly the result type; a cast to a parameterized type
    // cannot be checked.
    boolean unchecked =
        method.result() != null
            && !(method.result() instanceof ValueShape.Remote)
            && SkeletonWriter.isParameterized(method.returnType());
    MethodSpec.Builder builder =
        PpcSignatures.override(method, unchecked ? List.of("unchecked") : List.of());
    CodeBlock arguments = arguments(method, copies);
    if (method.async()) {
      builder
          .addJavadoc(Javadocs.member("Asynchronous: returns without waiting for the server."))
          .addStatement("send($L, $L)", method.number(), arguments);
      return builder.build();
    }
    CodeBlock call = CodeBlock.of("call($L, $L)", method.number(), arguments);
    ValueShape result = method.result();
    if (result == null) {
      builder.addStatement("$L", call);
    } else if (result instanceof ValueShape.Remote remote) {
      String local = PpcSignatures.localName(method, "result");
      builder
          .addStatement(
              "$T $N = ($T) $L", PpcTypes.OBJECT_HANDLE, local, PpcTypes.OBJECT_HANDLE, call)
          .addStatement(
              "return $N == null ? null : ppc().bind($N, $T.class)", local, local, remote.type());
    } else {
      builder.addStatement("return ($T) $L", method.returnType(), call);
    }
    return builder.build();
  }

  /** {@code NO_ARGS}, or {@code new Object[] {a, ByValue.array(b), ppc().handleOf(c, C.class)}}. */
  private static CodeBlock arguments(RemoteMethodModel method, ValueCopies copies) {
    if (method.parameters().isEmpty()) {
      return CodeBlock.of("NO_ARGS");
    }
    List<CodeBlock> values = new ArrayList<>();
    for (RemoteParameter parameter : method.parameters()) {
      CodeBlock value = CodeBlock.of("$N", parameter.name());
      if (parameter.shape() instanceof ValueShape.Remote) {
        values.add(
            CodeBlock.of(
                "$N == null ? null :$Wppc().handleOf($N, $T.class)",
                parameter.name(),
                parameter.name(),
                parameter.shape().type()));
      } else {
        values.add(copies.copy(parameter.shape(), value));
      }
    }
    return CodeBlock.of("new Object[] {$L}", CodeBlock.join(values, ",$W"));
  }
}

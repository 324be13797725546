package org.k42j.processor.exported.writer;

import com.palantir.javapoet.ClassName;
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
 * Writes {@code <prefix>_Stub}: implements the exported interface in a client. A synchronous method
 * takes the migrating path when the stub's {@code migrating()} says so: it copies its arguments by
 * value (an exported object as a stub bound to its handle), {@code enter}s the server's address
 * space on the calling thread, calls the server object directly, copies the result the same way and
 * {@code leave}s ({@code failed} gets what the server threw). Otherwise, and for {@code @Async}, it
 * packs the copies into an array (an exported object as its handle) for a server thread ({@code
 * call}; {@code send} for {@code @Async}); that result arrives already copied by the skeleton, an
 * exported one as a handle that the stub binds.
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
                    + " processor: on the calling thread itself (a migrating call), or on a server"
                    + " thread when the stub or the server asks for one.")
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
      stub.addMethod(method(method, copies, model.exported()));
    }
    stub.addMethods(copies.helpers());
    return stub.build();
  }

  static Set<String> methodNames(ExportedModel model) {
    Set<String> names = new HashSet<>();
    model.methods().forEach(method -> names.add(method.name()));
    return names;
  }

  private static MethodSpec method(
      RemoteMethodModel method, ValueCopies copies, ClassName exported) {
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
    builder.beginControlFlow("if (!migrating())");
    serverThreadCall(builder, method, arguments);
    builder.endControlFlow();
    migratingCall(builder, method, copies, exported);
    return builder.build();
  }

  /** The call on a server thread: the copies packed into an array, the result as it arrives. */
  private static void serverThreadCall(
      MethodSpec.Builder builder, RemoteMethodModel method, CodeBlock arguments) {
    CodeBlock call = CodeBlock.of("call($L, $L)", method.number(), arguments);
    ValueShape result = method.result();
    if (result == null) {
      builder.addStatement("$L", call).addStatement("return");
    } else if (result instanceof ValueShape.Remote remote) {
      String local = PpcSignatures.localName(method, "handle");
      builder
          .addStatement(
              "$T $N = ($T) $L", PpcTypes.OBJECT_HANDLE, local, PpcTypes.OBJECT_HANDLE, call)
          .addStatement(
              "return $N == null ? null : ppc().bind($N, $T.class)", local, local, remote.type());
    } else {
      builder.addStatement("return ($T) $L", method.returnType(), call);
    }
  }

  /**
   * The migrating call: the arguments copied on the client's side, then, inside the server's
   * address space, the server object called directly and its result copied; what it throws goes to
   * {@code failed}.
   */
  private static void migratingCall(
      MethodSpec.Builder builder,
      RemoteMethodModel method,
      ValueCopies copies,
      ClassName exported) {
    List<CodeBlock> values = new ArrayList<>();
    for (RemoteParameter parameter : method.parameters()) {
      CodeBlock value = CodeBlock.of("$N", parameter.name());
      if (!parameter.shape().needsCopy()) {
        values.add(value);
        continue;
      }
      String local = PpcSignatures.localName(method, parameter.name() + "Copy");
      builder.addStatement(
          "$T $N = $L", parameter.shape().type(), local, copies.copy(parameter.shape(), value));
      values.add(CodeBlock.of("$N", local));
    }
    String call = PpcSignatures.localName(method, "call");
    String result = PpcSignatures.localName(method, "result");
    String thrown = PpcSignatures.localName(method, "thrown");
    CodeBlock invocation =
        CodeBlock.of(
            "(($T) target()).$N($L)", exported, method.name(), CodeBlock.join(values, ",$W"));
    builder.addStatement("$T $N = enter($L)", PpcTypes.MIGRATED_CALL, call, method.number());
    ValueShape shape = method.result();
    if (shape != null) {
      builder.addStatement("$T $N", method.returnType(), result);
    }
    builder.beginControlFlow("try");
    if (shape == null) {
      builder.addStatement("$L", invocation);
    } else {
      builder.addStatement("$N = $L", result, copies.copy(shape, invocation));
    }
    builder
        .nextControlFlow("catch ($T $N)", Throwable.class, thrown)
        .addStatement("throw failed($N, $N)", call, thrown)
        .endControlFlow()
        .addStatement("leave($N)", call);
    if (shape != null) {
      builder.addStatement("return $N", result);
    }
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

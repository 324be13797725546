package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.GeneratedCode;
import org.k42j.processor.common.Javadocs;

/**
 * Writes {@code <prefix>_Dispatcher}: the object users hold. Rep methods are one array load and an
 * interface call ({@code rep().m(args)}); gather and broadcast methods visit every rep; on-root
 * methods call the user root; unmarked default methods the rep does not override are left to their
 * body, which runs on the dispatcher. A rep or root method that may return its own object returns
 * the dispatcher in its place.
 */
final class DispatcherWriter implements TypeWriter {
  @Override
  public GeneratedType type() {
    return GeneratedType.DISPATCHER;
  }

  @Override
  public TypeSpec write(ContractModel model) {
    String pkg = model.contract().packageName();
    String contract = Javadocs.link(model.contract(), pkg);
    TypeName contractType = model.contractType();
    TypeName rootType = model.parameterized(model.root().type());
    ArrayTypeName rowType = ArrayTypeName.of(contractType);
    String repAccessor = repAccessorName(model);
    Gathers gathers = new Gathers(model, model::genericCombiner);
    // The user's root is needed only to run on-root methods; everything else is the core's.
    boolean onRoot =
        model.methods().stream().anyMatch(method -> method.kind() == RouteKind.ON_ROOT);

    TypeSpec.Builder type =
        TypeShells.classBuilder(
                model,
                GeneratedType.DISPATCHER,
                true,
                "Implements "
                    + contract
                    + " as a clustered object: each call goes to the calling"
                    + " processor's rep through this object's translation row.")
            .addModifiers(Modifier.FINAL)
            .superclass(RuntimeTypes.HANDLE)
            .addSuperinterface(contractType)
            .addFields(gathers.combinerFields())
            .addFields(
                onRoot
                    ? List.of(
                        FieldSpec.builder(rootType, "root", Modifier.PRIVATE, Modifier.FINAL)
                            .build())
                    : List.of())
            .addField(
                FieldSpec.builder(RootBaseWriter.rootCore(model), "core")
                    .addModifiers(Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc(
                        Javadocs.member(
                            "The object's internal core: the miss path, the rep slots that gathers"
                                + " and broadcasts visit, the liveness check."))
                    .build())
            .addField(
                FieldSpec.builder(rowType, "row", Modifier.PRIVATE)
                    .addJavadoc(
                        Javadocs.member(
                            "The translation row: entry {@code p} is processor {@code p}'s rep (or"
                                + " its guard), or the miss object until that processor's first"
                                + " call. Replaced, never resized, when the root grows it."))
                    .build());

    if (model.root().createdWithoutArguments()) {
      // A root made from arguments is made by the factory's create methods alone.
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addJavadoc(
                  Javadocs.member(
                      "Creates a new clustered "
                          + contract
                          + (model.isPublic()
                              ? "; {@code ServiceLoader} uses this constructor."
                              : ".")))
              .addModifiers(TypeShells.visibility(model))
              .addStatement("this(new $T$L())", model.root().type(), TypeShells.diamond(model))
              .build());
    }
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(rootType, "root")
            .addStatement("super(root)")
            .addCode(onRoot ? CodeBlock.of("this.root = root;\n") : CodeBlock.of(""))
            .addStatement("this.core = $T.of(root)", RuntimeTypes.ROOT_CORE)
            .addStatement("this.row = core.row()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder(repAccessor)
            .addJavadoc(
                Javadocs.member(
                    "The calling processor's row entry: one array load. A processor id beyond the"
                        + " row (a newly installed identity with more processors) goes to the"
                        + " object's core, which grows the row; a negative id (a faulty identity)"
                        + " compares unsigned as beyond it, and the core refuses it."))
            .addModifiers(Modifier.PRIVATE)
            .returns(contractType)
            .addStatement("$T row = this.row", rowType)
            .addStatement("int processor = $T.current()", RuntimeTypes.PROCESSORS)
            .addStatement(
                "return $T.compareUnsigned(processor, row.length) < 0$W? row[processor]$W:"
                    + " core.miss(processor)",
                Integer.class)
            .build());
    type.addMethod(installRow(model, rowType));

    for (MethodModel method : model.methods()) {
      if (method.kind() != RouteKind.DEFAULT_BODY) {
        // An unmarked default method the rep does not override is not overridden here either:
        // its body runs on this handle, which routes every call the body makes.
        type.addMethod(implementation(model, method, repAccessor, gathers));
      }
    }
    SerialFormWriter.addToDispatcher(type, model);
    return type.build();
  }

  private static MethodSpec installRow(ContractModel model, ArrayTypeName rowType) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("installRow")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(Object[].class, "row");
    if (!model.typeVariables().isEmpty()) {
      method
          .addAnnotation(GeneratedCode.suppress("unchecked"))
          .addComment("The root installs only rows made by its newRow, all of the contract type.");
    }
    return method.addStatement("this.row = ($T) row", rowType).build();
  }

  private static MethodSpec implementation(
      ContractModel model, MethodModel method, String repAccessor, Gathers gathers) {
    MethodSpec.Builder body =
        Overrides.signature(
            method,
            method.kind() == RouteKind.GATHER && gathers.isUnchecked(method)
                ? List.of("unchecked")
                : List.of());
    MethodScope scope = new MethodScope(method);
    CodeBlock root = scope.field("root");
    CodeBlock core = scope.field("core");
    switch (method.kind()) {
      case DISPATCH:
        if (method.returnsHandle()) {
          String entry = scope.local("entry");
          body.addStatement("$T $N = $N()", model.contractType(), entry, repAccessor);
          Overrides.addReturningHandle(body, method, scope, CodeBlock.of("$N", entry));
        } else {
          Overrides.addReturning(
              body, method, Overrides.call(CodeBlock.of("$N()", repAccessor), method));
        }
        break;
      case GATHER:
        body.addJavadoc(Javadocs.member(gathers.javadoc(method)));
        addVisit(body, scope, gathers.body(method, scope));
        break;
      case BROADCAST:
        body.addJavadoc(
            Javadocs.member(
                "Broadcasts "
                    + MethodDocs.code(method)
                    + " to every rep. Every rep is called even when one throws; the first"
                    + " exception is rethrown, with the later ones suppressed in it."));
        addVisit(body, scope, broadcast(model, method, scope));
        break;
      case ON_ROOT:
        if (!model.root().userWritten()) {
          throw new IllegalStateException(
              method.name() + " runs on the root, but " + model.contract() + " has no @Root class");
        }
        body.addJavadoc(
            Javadocs.member(
                "Runs "
                    + MethodDocs.code(method)
                    + " on the root, "
                    + Javadocs.link(model.root().type(), model.contract().packageName())
                    + ": one copy shared by every processor."));
        body.addStatement("$L.checkActive()", core);
        Overrides.addReturningHandle(body, method, scope, root);
        break;
      default:
        throw new AssertionError(method.kind());
    }
    return body.build();
  }

  /**
   * {@code Throwable failure = null; for (each rep) { try { rep.m(args); } catch (Throwable thrown)
   * { failure = Broadcasts.failure(failure, thrown); } } if (failure != null) { throw
   * Broadcasts.rethrow(failure); }}: a rep that throws does not keep the later reps from the call.
   */
  private static CodeBlock broadcast(ContractModel model, MethodModel method, MethodScope scope) {
    String failure = scope.local("failure");
    String thrown = scope.local("thrown");
    CodeBlock broadcasts = scope.type(RuntimeTypes.BROADCASTS);
    return CodeBlock.builder()
        .addStatement("$T $N = null", Throwable.class, failure)
        .add(
            RepVisit.forEachRep(
                model,
                scope,
                rep ->
                    CodeBlock.builder()
                        .beginControlFlow("try")
                        .addStatement("$L", Overrides.call(CodeBlock.of("$N", rep), method))
                        .nextControlFlow("catch ($T $N)", Throwable.class, thrown)
                        .addStatement(
                            "$N = $L.failure($N, $N)", failure, broadcasts, failure, thrown)
                        .endControlFlow()
                        .build()))
        .beginControlFlow("if ($N != null)", failure)
        .addStatement("throw $L.rethrow($N)", broadcasts, failure)
        .endControlFlow()
        .build();
  }

  /**
   * {@code Object visit = core.beginVisit(); try { visit } finally { core.endVisit(visit); }}: the
   * core refuses a visit of a destroyed object, and counts or holds one while a hot swap runs, so
   * that a gather or broadcast sees every old rep or every new one, never some of each.
   */
  private static void addVisit(MethodSpec.Builder body, MethodScope scope, CodeBlock visitReps) {
    CodeBlock core = scope.field("core");
    String visit = scope.local("visit");
    body.addStatement("$T $N = $L.beginVisit()", Object.class, visit, core)
        .beginControlFlow("try")
        .addCode(visitReps)
        .nextControlFlow("finally")
        .addStatement("$L.endVisit($N)", core, visit)
        .endControlFlow();
  }

  /**
   * {@code rep}, unless the contract has a method of that name without parameters, which the
   * private accessor would collide with: then the first of {@code callerRep}, {@code callerRep_},
   * ... that no contract method without parameters has.
   */
  private static String repAccessorName(ContractModel model) {
    NameAllocator names = new NameAllocator();
    for (MethodModel method : model.methods()) {
      if (method.parameters().isEmpty()) {
        names.newName(method.name(), method.name());
      }
    }
    String preferred = names.newName("rep");
    return preferred.equals("rep") ? preferred : names.newName("callerRep");
  }
}

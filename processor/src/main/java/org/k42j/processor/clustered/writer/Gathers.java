package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;
import org.k42j.annotations.Reduce;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.GeneratedCode;
import org.k42j.processor.common.Javadocs;

/**
 * The bodies of a dispatcher's {@code @Gather} methods: call the method on every rep (with the
 * caller's arguments) and fold the results. Built-in reductions fold into a local of the primitive
 * type, so the loop never boxes; a combiner folds through one shared instance held in a {@code
 * private static final} field of the dispatcher, one field per combiner class.
 */
final class Gathers {
  /** The longest piece of a string literal in generated code, so its line fits. */
  private static final int LITERAL_PIECE = 70;

  private final ContractModel model;
  private final Predicate<ClassName> genericCombiner;
  private final Map<ClassName, String> combinerFields = new LinkedHashMap<>();

  /**
   * @param genericCombiner whether a combiner class declares type parameters (its field is then raw
   *     and each method views it through {@code Combiner<its result>})
   */
  Gathers(ContractModel model, Predicate<ClassName> genericCombiner) {
    this.model = model;
    this.genericCombiner = genericCombiner;
    NameAllocator names = new NameAllocator();
    for (MethodModel method : model.methods()) {
      ClassName combiner = combinerOf(method);
      if (combiner != null && !combinerFields.containsKey(combiner)) {
        combinerFields.put(combiner, names.newName(constantName(combiner.simpleName())));
      }
    }
  }

  /** The combiner fields, in the order the contract's methods first use them. */
  List<FieldSpec> combinerFields() {
    List<FieldSpec> fields = new ArrayList<>();
    combinerFields.forEach(
        (combiner, name) -> {
          FieldSpec.Builder field =
              FieldSpec.builder(combiner, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                  .initializer("new $T()", combiner);
          if (genericCombiner.test(combiner)) {
            field
                .addJavadoc(
                    Javadocs.member(
                        "Shared by every call. Raw because "
                            + Javadocs.link(combiner, model.contract().packageName())
                            + " is generic and a static field cannot name a method's result type;"
                            + " each gather method views it as a {@code Combiner} of its own"
                            + " result."))
                .addAnnotation(GeneratedCode.suppress("rawtypes"));
          } else {
            field.addJavadoc(Javadocs.member("Shared by every call."));
          }
          fields.add(field.build());
        });
    return fields;
  }

  /** The gather method's Javadoc: what it gathers and how it folds. */
  String javadoc(MethodModel method) {
    String how =
        combinerOf(method) != null
            ? Javadocs.link(combinerOf(method), model.contract().packageName())
            : "{@code Reduce." + method.reduce().name() + "}";
    return "Gathers " + MethodDocs.code(method) + " from every rep: " + how + ".";
  }

  /** Whether the body needs {@code @SuppressWarnings("unchecked")} (a generic combiner's view). */
  boolean isUnchecked(MethodModel method) {
    ClassName combiner = combinerOf(method);
    return combiner != null && genericCombiner.test(combiner);
  }

  /**
   * The fold inside the root's visit bracket: declare, visit every rep, return. A {@code null} that
   * the fold would unbox (a rep's boxed result under a built-in reduction, or what a combiner of a
   * primitive result returns) is reported by a {@code ClusteredObjectException} naming who returned
   * it, never by a bare {@code NullPointerException}.
   */
  CodeBlock body(MethodModel method, MethodScope scope) {
    String result = scope.local("result");
    CodeBlock.Builder body = CodeBlock.builder();
    ClassName combiner = combinerOf(method);
    Function<CodeBlock, CodeBlock> fold;
    if (combiner != null) {
      CodeBlock instance =
          scope.staticField(
              model.generated(GeneratedType.DISPATCHER), combinerFields.get(combiner));
      if (genericCombiner.test(combiner)) {
        String view = scope.local("combiner");
        body.addStatement(
            "$T $N = $L",
            ParameterizedTypeName.get(RuntimeTypes.COMBINER, method.returnType().box()),
            view,
            instance);
        instance = CodeBlock.of("$N", view);
      }
      // A primitive result folds in its box, the type the combiner takes and returns, so that
      // a null from the combiner is caught before it is unboxed.
      boolean primitive = method.returnType().isPrimitive();
      TypeName accumulator = method.returnType().box();
      body.addStatement(
          "$T $N = $L.identity()", primitive ? accumulator : method.returnType(), result, instance);
      if (primitive) {
        body.add(nullCheck(result, combinerReturnedNull(method, combiner, "identity()")));
      }
      CodeBlock folder = instance;
      CodeBlock combineReturnedNull =
          primitive
              ? nullCheck(
                  result,
                  combinerReturnedNull(
                      method,
                      combiner,
                      "combine("
                          + Javadocs.simple(accumulator)
                          + ", "
                          + Javadocs.simple(accumulator)
                          + ")"))
              : CodeBlock.of("");
      fold =
          call ->
              CodeBlock.builder()
                  .addStatement("$1N = $2L.combine($1N, $3L)", result, folder, call)
                  .add(combineReturnedNull)
                  .build();
    } else {
      TypeName accumulator = primitive(method);
      body.addStatement(
          "$T $N = $L", accumulator, result, start(method.reduce(), accumulator, scope));
      Function<CodeBlock, CodeBlock> step =
          foldBuiltIn(method.reduce(), result, scope.type(ClassName.get(Math.class)));
      if (method.returnType().isBoxedPrimitive()) {
        // Fold the rep's box through a local, checked, so the loop unboxes only non-null values.
        String value = scope.local("value");
        CodeBlock repReturnedNull = nullCheck(value, repReturnedNull(method));
        fold =
            call ->
                CodeBlock.builder()
                    .addStatement("$T $N = $L", method.returnType(), value, call)
                    .add(repReturnedNull)
                    .addStatement(step.apply(CodeBlock.of("$N", value)))
                    .build();
      } else {
        fold = call -> CodeBlock.builder().addStatement(step.apply(call)).build();
      }
    }
    body.add(
        RepVisit.forEachRep(
            model, scope, rep -> fold.apply(Overrides.call(CodeBlock.of("$N", rep), method))));
    if (method.returnsHandle()) {
      // The guards hand a rep's own result back as the guard, so a rep the combiner picked is
      // one of the entries visited: the caller gets this handle instead.
      return body.add(
              "// If the combiner picked a rep's entry (a guard returns itself for its rep),\n")
          .add("// the caller gets this handle instead, never an object behind it.\n")
          .addStatement("return $L.isEntry($N) ? this : $N", scope.field("core"), result, result)
          .build();
    }
    return body.addStatement("return $N", result).build();
  }

  /** {@code if (name == null) throw new ClusteredObjectException("message");} */
  private static CodeBlock nullCheck(String name, String message) {
    return CodeBlock.builder()
        .beginControlFlow("if ($N == null)", name)
        .addStatement(
            "throw new $T(\n$L)", RuntimeTypes.CLUSTERED_OBJECT_EXCEPTION, literal(message))
        .endControlFlow()
        .build();
  }

  /**
   * {@code message} as a string literal, one line per piece of at most {@link #LITERAL_PIECE}
   * characters, joined by {@code +} at the start of each continuation line.
   */
  private static CodeBlock literal(String message) {
    List<CodeBlock> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (String word : message.split(" ")) {
      if (piece.length() > 0 && piece.length() + 1 + word.length() > LITERAL_PIECE) {
        pieces.add(CodeBlock.of("$S", piece.toString()));
        piece.setLength(0);
      }
      if (piece.length() > 0 || !pieces.isEmpty()) {
        piece.append(' ');
      }
      piece.append(word);
    }
    pieces.add(CodeBlock.of("$S", piece.toString()));
    return CodeBlock.join(pieces, "\n+ ");
  }

  /** For a boxed result under a built-in reduction: the rep's method returned null. */
  private String repReturnedNull(MethodModel method) {
    String contractMethod =
        String.join(".", model.contract().simpleNames()) + "." + signature(method);
    return String.join(".", model.rep().type().simpleNames())
        + "."
        + signature(method)
        + " returned null, which Reduce."
        + method.reduce().name()
        + " cannot fold into "
        + contractMethod
        + "; make it never return null, or declare "
        + contractMethod
        + " to return "
        + method.returnType().unbox();
  }

  /** For a primitive result gathered by a combiner: its {@code call} returned null. */
  private String combinerReturnedNull(MethodModel method, ClassName combiner, String call) {
    String called = String.join(".", combiner.simpleNames()) + "." + call;
    return called
        + " returned null, but "
        + String.join(".", model.contract().simpleNames())
        + "."
        + signature(method)
        + " returns "
        + method.returnType()
        + "; make "
        + called
        + " return a non-null "
        + Javadocs.simple(method.returnType().box());
  }

  private static String signature(MethodModel method) {
    return MethodDocs.signature(method);
  }

  /**
   * {@code result += call}, {@code result = Math.min(result, call)}, ...
   *
   * @param math how the method names {@link Math}
   */
  private static Function<CodeBlock, CodeBlock> foldBuiltIn(
      Reduce reduce, String result, CodeBlock math) {
    switch (reduce) {
      case SUM:
        return call -> CodeBlock.of("$1N += $2L", result, call);
      case MIN:
        return call -> CodeBlock.of("$1N = $2L.min($1N, $3L)", result, math, call);
      case MAX:
        return call -> CodeBlock.of("$1N = $2L.max($1N, $3L)", result, math, call);
      case ALL:
        return call -> CodeBlock.of("$1N &= $2L", result, call);
      case ANY:
        return call -> CodeBlock.of("$1N |= $2L", result, call);
      default:
        throw new IllegalStateException("no built-in fold for Reduce." + reduce);
    }
  }

  /**
   * The fold's start, which is also the result with no rep: the reduction's identity. Floating
   * minima and maxima start at the infinities ({@code MIN_VALUE} of a floating type is the smallest
   * positive number, not the most negative).
   */
  private static CodeBlock start(Reduce reduce, TypeName type, MethodScope scope) {
    if (reduce == Reduce.ALL || reduce == Reduce.ANY) {
      requireType(reduce, type, TypeName.BOOLEAN);
      return CodeBlock.of("$L", reduce == Reduce.ALL);
    }
    requireType(reduce, type, TypeName.INT, TypeName.LONG, TypeName.FLOAT, TypeName.DOUBLE);
    boolean floating = type.equals(TypeName.FLOAT) || type.equals(TypeName.DOUBLE);
    CodeBlock box = scope.type((ClassName) type.box());
    switch (reduce) {
      case SUM:
        return CodeBlock.of(
            type.equals(TypeName.INT)
                ? "0"
                : type.equals(TypeName.LONG) ? "0L" : type.equals(TypeName.FLOAT) ? "0.0f" : "0.0");
      case MIN:
        return CodeBlock.of("$L.$L", box, floating ? "POSITIVE_INFINITY" : "MAX_VALUE");
      case MAX:
        return CodeBlock.of("$L.$L", box, floating ? "NEGATIVE_INFINITY" : "MIN_VALUE");
      default:
        throw new IllegalStateException("no built-in fold for Reduce." + reduce);
    }
  }

  private static void requireType(Reduce reduce, TypeName type, TypeName... allowed) {
    for (TypeName candidate : allowed) {
      if (candidate.equals(type)) {
        return;
      }
    }
    throw new IllegalStateException(
        "Reduce."
            + reduce
            + " cannot fold "
            + type
            + "; the validator admits only "
            + List.of(allowed)
            + " and their boxes");
  }

  /** The primitive a built-in reduction folds in: the return type, unboxed. */
  private static TypeName primitive(MethodModel method) {
    TypeName type = method.returnType();
    return type.isBoxedPrimitive() ? type.unbox() : type;
  }

  private static ClassName combinerOf(MethodModel method) {
    return method.kind() == RouteKind.GATHER && method.reduce() == Reduce.NONE
        ? method.combiner()
        : null;
  }

  /** {@code MergeHistograms} gives {@code MERGE_HISTOGRAMS}. */
  static String constantName(String simpleName) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < simpleName.length(); i++) {
      char c = simpleName.charAt(i);
      boolean wordStart =
          i > 0
              && Character.isUpperCase(c)
              && (Character.isLowerCase(simpleName.charAt(i - 1))
                  || (i + 1 < simpleName.length()
                      && Character.isLowerCase(simpleName.charAt(i + 1))));
      if (wordStart && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }
}

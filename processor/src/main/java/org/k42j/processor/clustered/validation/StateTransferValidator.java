package org.k42j.processor.clustered.validation;

import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.k42j.processor.clustered.model.StateTransferModel;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Outcome;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.TypeInspector;

/**
 * Checks a rep's state-transfer contract for hot swapping: either no {@code @ExportState} and no
 * {@code @ImportState} method, or exactly one of each among the rep class's own methods, which the
 * generated root base can call, with matching types ({@code S export()} and {@code void
 * import(List<S>)}, {@code S} boxed).
 */
final class StateTransferValidator {
  static final String EXPORT = Annotations.PACKAGE + ".ExportState";
  static final String IMPORT = Annotations.PACKAGE + ".ImportState";

  private final TypeInspector inspector;

  StateTransferValidator(TypeInspector inspector) {
    this.inspector = inspector;
  }

  /** The contract, null when the rep declares none, or the first problem. */
  Outcome<StateTransferModel> validate(TypeElement rep, ContractContext context) {
    List<ExecutableElement> exports = annotated(rep, EXPORT);
    List<ExecutableElement> imports = annotated(rep, IMPORT);
    if (exports.isEmpty() && imports.isEmpty()) {
      return Outcome.ok(null);
    }
    Problem duplicate = duplicate(rep, exports, "ExportState");
    if (duplicate == null) {
      duplicate = duplicate(rep, imports, "ImportState");
    }
    if (duplicate != null) {
      return Outcome.fail(duplicate);
    }
    if (imports.isEmpty()) {
      return unpaired(rep, exports.get(0), "ExportState", "ImportState", importExample(exports));
    }
    if (exports.isEmpty()) {
      return unpaired(rep, imports.get(0), "ImportState", "ExportState", "`S exportState()`");
    }
    ExecutableElement export = exports.get(0);
    ExecutableElement importer = imports.get(0);
    String exportReason = exportProblem(export, context);
    if (exportReason != null) {
      return Outcome.fail(
          Problem.on(
              export,
              Annotations.find(export, EXPORT),
              null,
              Diagnostic.STATE_EXPORT_SIGNATURE,
              Names.display(export),
              Names.display(rep),
              exportReason,
              context.pkg()));
    }
    TypeMirror state = boxed(export.getReturnType());
    String importReason = importProblem(importer, state, context);
    if (importReason != null) {
      return Outcome.fail(
          Problem.on(
              importer,
              Annotations.find(importer, IMPORT),
              null,
              Diagnostic.STATE_IMPORT_SIGNATURE,
              Names.display(importer),
              Names.display(rep),
              importReason,
              Names.display(state),
              context.pkg()));
    }
    return Outcome.ok(
        new StateTransferModel(
            export.getSimpleName().toString(),
            importer.getSimpleName().toString(),
            TypeName.get(state)));
  }

  private static List<ExecutableElement> annotated(TypeElement rep, String annotation) {
    List<ExecutableElement> found = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(rep.getEnclosedElements())) {
      if (Annotations.has(method, annotation)) {
        found.add(method);
      }
    }
    return found;
  }

  private static Problem duplicate(TypeElement rep, List<ExecutableElement> methods, String name) {
    if (methods.size() < 2) {
      return null;
    }
    ExecutableElement second = methods.get(1);
    return Problem.on(
        second,
        Annotations.find(second, Annotations.PACKAGE + "." + name),
        null,
        Diagnostic.STATE_TRANSFER_DUPLICATE,
        Names.display(rep),
        name,
        Names.display(methods.get(0)),
        Names.display(second),
        name);
  }

  private static Outcome<StateTransferModel> unpaired(
      TypeElement rep, ExecutableElement method, String has, String lacks, String example) {
    AnnotationMirror annotation = Annotations.find(method, Annotations.PACKAGE + "." + has);
    return Outcome.fail(
        Problem.on(
            method,
            annotation,
            null,
            Diagnostic.STATE_TRANSFER_UNPAIRED,
            Names.display(rep),
            has,
            Names.display(method),
            lacks,
            "an @" + lacks + " method " + example,
            has));
  }

  private String importExample(List<ExecutableElement> exports) {
    TypeMirror returned = exports.get(0).getReturnType();
    String state = returned.getKind() == TypeKind.VOID ? "S" : Names.display(boxed(returned));
    return "`void importState(java.util.List<" + state + "> exported)`";
  }

  private String exportProblem(ExecutableElement export, ContractContext context) {
    String common = commonProblem(export, context);
    if (common != null) {
      return common;
    }
    if (!export.getParameters().isEmpty()) {
      return "it takes parameters";
    }
    if (export.getReturnType().getKind() == TypeKind.VOID) {
      return "it returns void";
    }
    return null;
  }

  private String importProblem(
      ExecutableElement importer, TypeMirror state, ContractContext context) {
    String common = commonProblem(importer, context);
    if (common != null) {
      return common;
    }
    if (importer.getReturnType().getKind() != TypeKind.VOID) {
      return "it returns " + Names.display(importer.getReturnType());
    }
    if (importer.getParameters().size() != 1) {
      return "it takes " + importer.getParameters().size() + " parameters";
    }
    TypeMirror parameter = importer.getParameters().get(0).asType();
    if (!isListOf(parameter, state)) {
      return "it takes "
          + Names.display(parameter)
          + ", but the @ExportState method returns "
          + Names.display(state)
          + ", so it must take java.util.List<"
          + Names.display(state)
          + ">";
    }
    return null;
  }

  private String commonProblem(ExecutableElement method, ContractContext context) {
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return "it is static";
    }
    if (!inspector.callableFrom(method, context.pkg())) {
      return method.getModifiers().contains(Modifier.PRIVATE)
          ? "it is private"
          : "it is not public, and the generated root base lives in another package";
    }
    if (!method.getTypeParameters().isEmpty()) {
      return "it declares type variables";
    }
    TypeMirror checked = inspector.firstCheckedException(method);
    if (checked != null) {
      return "it throws the checked exception " + Names.display(checked);
    }
    return null;
  }

  private boolean isListOf(TypeMirror parameter, TypeMirror element) {
    if (parameter.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType declared = (DeclaredType) parameter;
    return TypeInspector.asElement(parameter).getQualifiedName().contentEquals("java.util.List")
        && declared.getTypeArguments().size() == 1
        && inspector.types.isSameType(declared.getTypeArguments().get(0), element);
  }

  private TypeMirror boxed(TypeMirror type) {
    return type.getKind().isPrimitive()
        ? inspector.types.boxedClass((PrimitiveType) type).asType()
        : type;
  }
}

package org.k42j.processor.exported.validation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.k42j.processor.common.Anchors;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Outcome;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.TypeInspector;
import org.k42j.processor.exported.model.ExportedModel;
import org.k42j.processor.exported.model.PpcGeneratedType;
import org.k42j.processor.exported.model.RemoteMethodModel;
import org.k42j.processor.exported.model.RemoteMethodModel.RemoteParameter;
import org.k42j.processor.exported.model.ValueShape;

/**
 * Turns one {@code @Exported} type into an {@link ExportedModel}, or into exactly one problem.
 *
 * <p>Checks run in a fixed order and stop at the first problem: the type (an interface, public, not
 * generic, not sealed against its stub), then each remote method in method-number order (its types
 * resolved, no type variables of its own, not {@code handle()} or {@code ppc()}, no overload, the
 * {@code @Async} rules, then each parameter's type and the result type).
 *
 * <p>The remote methods are the abstract methods of the interface and of its superinterfaces, each
 * seen as a member of the interface: its own in declaration order, then each superinterface's,
 * depth first in the order of the {@code extends} clause; a method overridden by one met earlier (a
 * redeclaration, or a default method) is not met again. Default, static and private methods and
 * redeclarations of {@code toString()}, {@code equals(Object)}, {@code hashCode()} are not remote.
 * Whether a method is {@code @Async} is read from its first declaration in that order.
 */
final class ExportedValidator {
  /** The methods without parameters every stub has, which a remote method cannot be. */
  private static final Map<String, String> STUB_MEMBERS =
      Map.of(
          "handle", "ObjectHandle handle() of org.k42j.kernel.ppc.RemoteObject",
          "ppc", "the final Ppc ppc() of org.k42j.kernel.ppc.Stub");

  private final TypeInspector inspector;
  private final Anchors anchors;

  ExportedValidator(TypeInspector inspector, Anchors anchors) {
    this.inspector = inspector;
    this.anchors = anchors;
  }

  Outcome<ExportedModel> validate(TypeElement exported) {
    Problem problem = checkType(exported);
    if (problem != null) {
      return Outcome.fail(problem);
    }
    Set<TypeElement> hierarchy = new LinkedHashSet<>();
    Problem unresolved = walk(exported, exported, hierarchy);
    if (unresolved != null) {
      return Outcome.defer(unresolved);
    }
    List<ExecutableElement> remote = new ArrayList<>();
    List<ExecutableElement> seen = new ArrayList<>();
    for (TypeElement type : hierarchy) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        String notRemote = notRemoteBecause(method);
        if (notRemote != null) {
          AnnotationMirror async = Annotations.find(method, ValueShapes.ASYNC);
          if (async != null) {
            return Outcome.fail(
                anchors.on(
                    method,
                    async,
                    null,
                    exported,
                    Diagnostic.ASYNC_NOT_REMOTE,
                    Names.display(method),
                    notRemote));
          }
          if (method.getModifiers().contains(Modifier.DEFAULT)) {
            seen.add(method);
          }
          continue;
        }
        if (overriddenByEarlier(seen, method, exported)) {
          continue;
        }
        seen.add(method);
        remote.add(method);
      }
    }
    ValueShapes shapes = new ValueShapes(inspector, inspector.packageOf(exported));
    List<RemoteMethodModel> methods = new ArrayList<>();
    for (ExecutableElement method : remote) {
      Outcome<RemoteMethodModel> model = method(exported, method, methods.size(), remote, shapes);
      if (!model.isOk()) {
        return model.propagate();
      }
      methods.add(model.value());
    }
    return Outcome.ok(
        new ExportedModel(
            ClassName.get(exported),
            methods,
            exported,
            List.copyOf(inspector.memberTypes(exported).keySet())));
  }

  /** The problem with the exported type itself, or null. */
  private Problem checkType(TypeElement exported) {
    if (exported.getKind() != ElementKind.INTERFACE) {
      return Problem.on(
          exported,
          Diagnostic.EXPORTED_NOT_INTERFACE,
          Names.display(exported),
          Names.kindWithArticle(exported),
          Names.display(exported));
    }
    for (Element e = exported; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC) && !publicByNesting(e)) {
        String how =
            e.getModifiers().contains(Modifier.PRIVATE)
                ? "private"
                : e.getModifiers().contains(Modifier.PROTECTED) ? "protected" : "package-private";
        String what =
            e.equals(exported)
                ? how
                : "nested in the " + how + " " + kindWord((TypeElement) e) + " " + Names.display(e);
        return Problem.on(
            exported,
            Diagnostic.EXPORTED_NOT_PUBLIC,
            Names.display(exported),
            what,
            Names.display(exported));
      }
    }
    if (!exported.getTypeParameters().isEmpty()) {
      return Problem.on(
          exported,
          Diagnostic.EXPORTED_GENERIC,
          Names.display(exported),
          Names.typeVariables(exported));
    }
    if (exported.getModifiers().contains(Modifier.SEALED)) {
      String stub = Names.prefix(exported) + "_" + PpcGeneratedType.STUB.suffix();
      boolean permitted = false;
      for (TypeMirror subclass : exported.getPermittedSubclasses()) {
        permitted |= Names.lastSegment(subclass.toString()).equals(stub);
      }
      if (!permitted) {
        return Problem.on(
            exported, Diagnostic.EXPORTED_SEALED, Names.display(exported), stub, stub);
      }
    }
    return null;
  }

  /** Members of interfaces are implicitly public. */
  private static boolean publicByNesting(Element element) {
    Element enclosing = element.getEnclosingElement();
    return enclosing instanceof TypeElement && enclosing.getKind().isInterface();
  }

  private static String kindWord(TypeElement type) {
    String article = Names.kindWithArticle(type);
    return article.substring(article.indexOf(' ') + 1);
  }

  /** Adds {@code type} and its superinterfaces, depth first; a problem if one is unresolved. */
  private Problem walk(TypeElement type, TypeElement exported, Set<TypeElement> hierarchy) {
    if (!hierarchy.add(type)) {
      return null;
    }
    for (TypeMirror superinterface : type.getInterfaces()) {
      TypeMirror error =
          superinterface.getKind() == TypeKind.ERROR
              ? superinterface
              : inspector.firstError(superinterface);
      if (error != null) {
        return Problem.on(
            exported,
            Diagnostic.UNRESOLVED_TYPE,
            Names.display(exported),
            Names.display(error),
            Names.display(exported),
            Names.display(error));
      }
      Problem problem = walk(TypeInspector.asElement(superinterface), exported, hierarchy);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** Why {@code method} is not remote, or null when it is. */
  private String notRemoteBecause(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return "it is static";
    }
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      return "it is private";
    }
    if (method.getModifiers().contains(Modifier.DEFAULT)) {
      return "it is a default method, which runs in the caller's address space";
    }
    if (inspector.overridesObjectMethod(method)) {
      return "it redeclares a method of Object, which every stub already has";
    }
    return null;
  }

  /** Whether a method met earlier overrides {@code method} or shares its signature. */
  private boolean overriddenByEarlier(
      List<ExecutableElement> seen, ExecutableElement method, TypeElement exported) {
    DeclaredType type = (DeclaredType) exported.asType();
    ExecutableType methodType = (ExecutableType) inspector.types.asMemberOf(type, method);
    for (ExecutableElement earlier : seen) {
      if (!earlier.getSimpleName().equals(method.getSimpleName())
          || earlier.getParameters().size() != method.getParameters().size()) {
        continue;
      }
      ExecutableType earlierType = (ExecutableType) inspector.types.asMemberOf(type, earlier);
      if (inspector.types.isSubsignature(earlierType, methodType)
          || inspector.types.isSubsignature(methodType, earlierType)) {
        return true;
      }
    }
    return false;
  }

  private Outcome<RemoteMethodModel> method(
      TypeElement exported,
      ExecutableElement method,
      int number,
      List<ExecutableElement> remote,
      ValueShapes shapes) {
    ExecutableType type =
        (ExecutableType) inspector.types.asMemberOf((DeclaredType) exported.asType(), method);
    String display = Names.display(method);
    TypeMirror error = inspector.firstError(type);
    if (error != null) {
      return Outcome.defer(
          anchors.on(
              method,
              exported,
              Diagnostic.UNRESOLVED_TYPE,
              display,
              Names.display(error),
              Names.display(exported),
              Names.display(error)));
    }
    if (!method.getTypeParameters().isEmpty()) {
      List<String> variables = new ArrayList<>();
      for (TypeParameterElement variable : method.getTypeParameters()) {
        variables.add(variable.getSimpleName().toString());
      }
      return Outcome.fail(
          anchors.on(
              method,
              exported,
              Diagnostic.EXPORTED_GENERIC_METHOD,
              display,
              "<" + String.join(", ", variables) + ">"));
    }
    String reserved =
        method.getParameters().isEmpty()
            ? STUB_MEMBERS.get(method.getSimpleName().toString())
            : null;
    if (reserved != null) {
      return Outcome.fail(
          anchors.on(method, exported, Diagnostic.EXPORTED_RESERVED_METHOD, display, reserved));
    }
    for (ExecutableElement earlier : remote.subList(0, number)) {
      if (earlier.getSimpleName().equals(method.getSimpleName())) {
        return Outcome.fail(
            anchors.on(
                method, exported, Diagnostic.EXPORTED_OVERLOAD, display, Names.display(earlier)));
      }
    }
    AnnotationMirror async = Annotations.find(method, ValueShapes.ASYNC);
    if (async != null) {
      if (type.getReturnType().getKind() != TypeKind.VOID) {
        return Outcome.fail(
            anchors.on(
                method,
                async,
                null,
                exported,
                Diagnostic.ASYNC_NON_VOID,
                display,
                Names.display(type.getReturnType())));
      }
      for (TypeMirror thrown : type.getThrownTypes()) {
        if (!inspector.isUnchecked(thrown)) {
          return Outcome.fail(
              anchors.on(
                  method,
                  async,
                  null,
                  exported,
                  Diagnostic.ASYNC_CHECKED_EXCEPTION,
                  display,
                  Names.display(thrown)));
        }
      }
    }
    List<RemoteParameter> parameters = new ArrayList<>();
    List<? extends VariableElement> elements = method.getParameters();
    for (int i = 0; i < elements.size(); i++) {
      VariableElement parameter = elements.get(i);
      Outcome<ValueShape> shape =
          shapes.shape(
              type.getParameterTypes().get(i),
              anchors.isSource(parameter) ? parameter : exported,
              "parameter " + parameter.getSimpleName() + " of " + display);
      if (!shape.isOk()) {
        return shape.propagate();
      }
      parameters.add(new RemoteParameter(parameter.getSimpleName().toString(), shape.value()));
    }
    ValueShape result = null;
    if (type.getReturnType().getKind() != TypeKind.VOID) {
      Outcome<ValueShape> shape =
          shapes.shape(
              type.getReturnType(),
              anchors.isSource(method) ? method : exported,
              "the result of " + display);
      if (!shape.isOk()) {
        return shape.propagate();
      }
      result = shape.value();
    }
    AnnotationMirror deprecated = Annotations.find(method, Annotations.DEPRECATED);
    List<TypeName> exceptions = new ArrayList<>();
    for (TypeMirror thrown : type.getThrownTypes()) {
      exceptions.add(TypeName.get(thrown));
    }
    return Outcome.ok(
        new RemoteMethodModel(
            method.getSimpleName().toString(),
            number,
            async != null,
            TypeName.get(type.getReturnType()),
            result,
            parameters,
            method.isVarArgs(),
            exceptions,
            deprecated == null ? null : AnnotationSpec.get(deprecated)));
  }
}

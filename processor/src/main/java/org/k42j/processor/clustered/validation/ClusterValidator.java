package org.k42j.processor.clustered.validation;

import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.k42j.model.RouteKind;
import org.k42j.processor.clustered.model.ClusterModel;
import org.k42j.processor.clustered.model.ClusterModel.ClusterMethod;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.Annotations;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.ErrorReporter;
import org.k42j.processor.common.Problem;

/**
 * Checks the cluster side of a contract the clustered-object rules already accepted, and builds its
 * {@link ClusterModel}: the contract is {@code @ClusterWide}, serializable (so the existing
 * serial-form rules give its rep a state transfer and its root a constructor without arguments) and
 * not generic; {@code @ClusterWide} marks only gathers and broadcasts of such a contract; a root
 * with {@code @OnRoot} methods is serializable and can be subclassed, its methods overridden.
 * Reports at most one error per contract, on the element at fault.
 */
public final class ClusterValidator {
  /** What the generated cluster side links against, from {@code k42j-cluster}. */
  private static final String CLUSTER_MEMBER = "org.k42j.cluster.ClusterMember";

  private final Elements elements;
  private final Types types;
  private final ErrorReporter reporter;
  private boolean dependencyReported; // the missing k42j-cluster: once per compilation

  public ClusterValidator(ProcessingEnvironment env, ErrorReporter reporter) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.reporter = reporter;
  }

  /**
   * Reports each {@code @ClusterWide} of the round on a type that is not {@code @ClusteredObject},
   * or on a method of a class (a rep's or a root's method included): one error on the marked
   * element. A method of a plain interface may be inherited by a contract, which reads it there.
   */
  public void reportStrayMarkers(RoundEnvironment round) {
    TypeElement marker = elements.getTypeElement(Annotations.CLUSTER_WIDE);
    if (marker == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(marker)) {
      if (element.getKind() == ElementKind.METHOD) {
        Element owner = element.getEnclosingElement();
        if (owner.getKind() != ElementKind.INTERFACE) {
          reporter.report(
              Problem.on(
                  element,
                  Diagnostic.CLUSTER_WIDE_STRAY,
                  name((ExecutableElement) element),
                  "a method of a @ClusteredObject interface"));
        }
      } else if (!Annotations.has(element, Annotations.CLUSTERED_OBJECT)) {
        reporter.report(
            Problem.on(
                element,
                Diagnostic.CLUSTER_WIDE_STRAY,
                element.toString(),
                "a @ClusteredObject interface"));
      }
    }
  }

  /**
   * Whether {@code model}'s contract is {@code @ClusterWide}: it gets {@code <prefix>_Cluster}, or
   * a stand-in of it when {@link #validate} found an error (so that user code naming it gets k42j's
   * error alone).
   */
  public boolean isClusterWide(ContractModel model) {
    TypeElement contract = elements.getTypeElement(model.contract().canonicalName());
    return contract != null && Annotations.has(contract, Annotations.CLUSTER_WIDE);
  }

  /**
   * The cluster model of {@code model}, or null when its contract has no cluster side or breaks a
   * rule of it (then reported).
   */
  public ClusterModel validate(ContractModel model) {
    TypeElement contract = elements.getTypeElement(model.contract().canonicalName());
    if (contract == null) {
      return null;
    }
    List<ExecutableElement> marked = markedMethods(contract);
    String contractName = model.contract().canonicalName();
    if (!Annotations.has(contract, Annotations.CLUSTER_WIDE)) {
      if (!marked.isEmpty()) {
        ExecutableElement method = marked.get(0);
        reporter.report(
            Problem.on(
                method,
                Diagnostic.CLUSTER_WIDE_CONTRACT,
                name(method),
                contractName,
                contract.getSimpleName().toString()));
      }
      return null;
    }
    if (!contract.getTypeParameters().isEmpty()) {
      return fail(contract, Diagnostic.CLUSTER_GENERIC, contractName, contractName);
    }
    TypeMirror serializable = elements.getTypeElement("java.io.Serializable").asType();
    if (!types.isAssignable(contract.asType(), serializable)) {
      return fail(
          contract,
          Diagnostic.CLUSTER_SERIALIZABLE,
          contractName,
          contract.getSimpleName().toString());
    }
    for (ExecutableElement method : marked) {
      if (!Annotations.has(method, Annotations.GATHER)
          && !Annotations.has(method, Annotations.BROADCAST)) {
        return fail(method, Diagnostic.CLUSTER_WIDE_ROUTE, name(method));
      }
    }
    DeclaredType contractType = (DeclaredType) contract.asType();
    TypeElement root = elements.getTypeElement(model.root().type().canonicalName());
    boolean rootChecked = false;
    List<ClusterMethod> methods = new ArrayList<>();
    for (MethodModel method : model.methods()) {
      List<TypeName> rootExceptions = List.of();
      if (method.kind() == RouteKind.ON_ROOT) {
        if (root == null) {
          return null; // the root is not generated yet; the clustered-object rules defer it
        }
        if (!rootChecked) {
          if (root.getModifiers().contains(Modifier.FINAL)) {
            return fail(
                root,
                Diagnostic.CLUSTER_ROOT_FINAL,
                root.getQualifiedName().toString(),
                "final",
                contractName);
          }
          if (!types.isAssignable(root.asType(), serializable)) {
            String rootName = root.getQualifiedName().toString();
            return fail(
                root, Diagnostic.CLUSTER_ROOT_SERIALIZABLE, rootName, contractName, rootName);
          }
          rootChecked = true;
        }
        if (method.returnsHandle()) {
          return fail(contract, Diagnostic.CLUSTER_ROOT_RESULT, contractName + "." + method.name());
        }
        ExecutableElement rootMethod = find(root, (DeclaredType) root.asType(), method);
        // The clustered-object rules found the method; should this lookup miss it, the override
        // declares no exception and javac says so if the root's method declares one.
        if (rootMethod != null && rootMethod.getModifiers().contains(Modifier.FINAL)) {
          return fail(
              rootMethod,
              Diagnostic.CLUSTER_ROOT_FINAL,
              root.getQualifiedName() + "." + rootMethod.getSimpleName() + "()",
              "final",
              contractName);
        }
        rootExceptions = rootMethod == null ? List.of() : thrown(rootMethod);
      }
      boolean clusterWide =
          marked.stream().anyMatch(element -> matches(contractType, element, method));
      methods.add(new ClusterMethod(method, clusterWide, rootExceptions));
    }
    if (elements.getTypeElement(CLUSTER_MEMBER) == null) {
      if (!dependencyReported) {
        dependencyReported = true;
        reporter.report(
            Problem.on(
                contract,
                Diagnostic.MISSING_DEPENDENCY,
                contractName,
                "@ClusterWide",
                CLUSTER_MEMBER,
                "org.k42j:k42j-cluster"));
      }
      return null;
    }
    return new ClusterModel(model, methods);
  }

  private ClusterModel fail(Element element, Diagnostic diagnostic, String... args) {
    reporter.report(Problem.on(element, diagnostic, args));
    return null;
  }

  /** The contract's methods (its own and inherited) marked {@code @ClusterWide}. */
  private List<ExecutableElement> markedMethods(TypeElement contract) {
    List<ExecutableElement> marked = new ArrayList<>();
    for (Element member : elements.getAllMembers(contract)) {
      if (member.getKind() == ElementKind.METHOD
          && Annotations.has(member, Annotations.CLUSTER_WIDE)) {
        marked.add((ExecutableElement) member);
      }
    }
    return marked;
  }

  /** The method of {@code type} that {@code method} is (same name, same parameter types there). */
  private ExecutableElement find(TypeElement type, DeclaredType seenAs, MethodModel method) {
    for (Element member : elements.getAllMembers(type)) {
      if (member.getKind() == ElementKind.METHOD
          && matches(seenAs, (ExecutableElement) member, method)) {
        return (ExecutableElement) member;
      }
    }
    return null;
  }

  private boolean matches(DeclaredType seenAs, ExecutableElement element, MethodModel method) {
    if (!element.getSimpleName().contentEquals(method.name())
        || element.getParameters().size() != method.parameters().size()) {
      return false;
    }
    ExecutableType resolved = (ExecutableType) types.asMemberOf(seenAs, element);
    for (int i = 0; i < method.parameters().size(); i++) {
      TypeName declared = TypeName.get(types.erasure(resolved.getParameterTypes().get(i)));
      TypeName modelled = ClusterModel.erasure(method.parameters().get(i).type());
      if (!declared.equals(modelled)) {
        return false;
      }
    }
    return true;
  }

  private List<TypeName> thrown(ExecutableElement method) {
    List<TypeName> thrown = new ArrayList<>();
    for (TypeMirror exception : method.getThrownTypes()) {
      thrown.add(TypeName.get(exception));
    }
    return thrown;
  }

  private static String name(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
  }
}

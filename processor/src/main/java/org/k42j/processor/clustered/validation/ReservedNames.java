package org.k42j.processor.clustered.validation;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import org.k42j.processor.common.Anchors;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.TypeInspector;

/**
 * Contract methods that the generated classes cannot implement because a runtime base class already
 * has a member with that signature: the dispatcher extends {@code DispatcherBase} ({@code
 * installRow(Object[])}, static {@code rootOf(Object)}), the guard of an exclusive rep extends
 * {@code RepGuard} (final {@code lock()}, {@code unlock()}), and a rep that extends the generated
 * rep base inherits its final accessors and the destroy hook {@code cleanup()}. The dispatcher's
 * private {@code rep()} accessor is not reserved: the writer renames it when the contract has a
 * {@code rep()} of its own.
 */
final class ReservedNames {
  /**
   * Final no-argument methods of {@code <prefix>_RepBase} and the runtime's {@code AbstractRep}.
   */
  private static final List<String> REP_BASE_METHODS =
      List.of(
          "root", "siblings", "clusterRoot", "slot", "homeProcessor", "node", "reportContention");

  /** The overridable destroy hook of the runtime's {@code AbstractRep}. */
  private static final String CLEANUP = "cleanup";

  private final TypeInspector inspector;
  private final Anchors anchors;

  ReservedNames(TypeInspector inspector, Anchors anchors) {
    this.inspector = inspector;
    this.anchors = anchors;
  }

  /** A clash with the dispatcher's runtime base class, or null. */
  Problem dispatcherClash(ContractMethod method, TypeElement contract) {
    String name = method.name();
    List<? extends TypeMirror> parameters = method.type.getParameterTypes();
    String member = null;
    if (name.equals("installRow") && parameters.size() == 1 && isObjectArray(parameters.get(0))) {
      member = "installRow(Object[])";
    } else if (name.equals("rootOf") && parameters.size() == 1 && isObject(parameters.get(0))) {
      member = "static rootOf(Object)";
    }
    return member == null
        ? null
        : clash(method, contract, member, Names.prefix(contract) + "_Dispatcher");
  }

  /** A clash with the guard an exclusive rep gets, or null. */
  Problem guardClash(ContractMethod method, TypeElement contract) {
    String name = method.name();
    if (method.type.getParameterTypes().isEmpty()
        && (name.equals("lock") || name.equals("unlock"))) {
      return clash(
          method,
          contract,
          "final " + name + "()",
          Names.prefix(contract) + "_Guard (the guard of an exclusive rep)");
    }
    return null;
  }

  /**
   * A clash with the rep base {@code rep} extends, or null: its final methods, and the destroy hook
   * {@code cleanup()}, whatever the contract method returns (returning a value it cannot override
   * the hook; returning void it would override it, and destroying the object would call it).
   */
  Problem repBaseClash(ContractMethod method, TypeElement contract, TypeElement rep) {
    String name = method.name();
    if (!method.type.getParameterTypes().isEmpty()) {
      return null;
    }
    String member = null;
    if (REP_BASE_METHODS.contains(name)) {
      member = "final " + name + "()";
    } else if (name.equals(CLEANUP)) {
      member = "the hook " + CLEANUP + "(), called on every rep when the object is destroyed";
    }
    return member == null
        ? null
        : clash(
            method,
            contract,
            member,
            Names.prefix(contract) + "_RepBase (which " + Names.display(rep) + " extends)");
  }

  private Problem clash(ContractMethod method, TypeElement contract, String member, String where) {
    return anchors.on(
        method.element,
        contract,
        Diagnostic.RESERVED_METHOD,
        Names.display(method.element),
        member,
        where);
  }

  private boolean isObjectArray(TypeMirror type) {
    TypeMirror erased = inspector.types.erasure(type);
    return erased.getKind() == TypeKind.ARRAY && isObject(((ArrayType) erased).getComponentType());
  }

  private boolean isObject(TypeMirror type) {
    TypeMirror erased = inspector.types.erasure(type);
    return erased.getKind() == TypeKind.DECLARED
        && TypeInspector.qualifiedName(erased).equals("java.lang.Object");
  }
}

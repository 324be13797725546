package org.k42j.processor.clustered.validation;

import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import org.k42j.model.DeclarationRules;
import org.k42j.model.Finding;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.MirrorViews;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.TypeInspector;

/**
 * Whether generated code can instantiate a user class, a rep (from the generated root) or a root
 * (from the generated factory): the class is not private or nested in a private type, not a
 * non-static inner class, visible from the contract's package, and not abstract. The same checks
 * for both, each reported with the diagnostics of the kind of class.
 */
final class Instantiation {
  /** The diagnostics for one kind of instantiated class, one per check. */
  record Codes(
      Diagnostic isPrivate, Diagnostic inner, Diagnostic notVisible, Diagnostic isAbstract) {}

  static final Codes REP =
      new Codes(
          Diagnostic.REP_PRIVATE,
          Diagnostic.REP_INNER,
          Diagnostic.REP_NOT_VISIBLE,
          Diagnostic.REP_ABSTRACT);

  static final Codes ROOT =
      new Codes(
          Diagnostic.ROOT_PRIVATE,
          Diagnostic.ROOT_INNER,
          Diagnostic.ROOT_NOT_VISIBLE,
          Diagnostic.ROOT_ABSTRACT);

  /** Why the class cannot be instantiated: the diagnostic and its arguments, not yet anchored. */
  record Reason(Diagnostic diagnostic, String... args) {}

  private final TypeInspector inspector;

  Instantiation(TypeInspector inspector) {
    this.inspector = inspector;
  }

  /**
   * The first reason generated code in the contract's package cannot instantiate {@code type}, or
   * null when it can.
   *
   * @param abstractArgs the arguments of {@code codes.isAbstract()} after the class's name
   */
  Reason check(TypeElement type, ContractContext context, Codes codes, String... abstractArgs) {
    String name = Names.display(type);
    TypeElement privateEnclosure = TypeInspector.privateEnclosure(type);
    if (privateEnclosure != null) {
      return new Reason(codes.isPrivate(), name, TypeInspector.privacy(type, privateEnclosure));
    }
    String inner = TypeInspector.innerness(type);
    if (inner != null) {
      return new Reason(codes.inner(), name, inner);
    }
    if (!inspector.visibleFrom(type, context.pkg())) {
      return new Reason(codes.notVisible(), name, context.packageForMessages());
    }
    Finding isAbstract =
        codes == REP ? DeclarationRules.repAbstract(MirrorViews.type(type, method -> false)) : null;
    if (isAbstract != null) {
      return new Reason(
          Diagnostic.of(isAbstract.rule()),
          isAbstract.plus(abstractArgs).args().toArray(new String[0]));
    }
    if (codes == ROOT && type.getModifiers().contains(Modifier.ABSTRACT)) {
      String[] args = new String[abstractArgs.length + 1];
      args[0] = name;
      System.arraycopy(abstractArgs, 0, args, 1, abstractArgs.length);
      return new Reason(codes.isAbstract(), args);
    }
    return null;
  }
}

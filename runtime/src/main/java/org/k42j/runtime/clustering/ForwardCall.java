package org.k42j.runtime.clustering;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.scaffold.InstrumentedType;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.Implementation.Context;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.implementation.bytecode.Duplication;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.assign.TypeCasting;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;
import net.bytebuddy.implementation.bytecode.member.MethodReturn;
import net.bytebuddy.implementation.bytecode.member.MethodVariableAccess;
import net.bytebuddy.jar.asm.MethodVisitor;
import org.k42j.runtime.clustering.internal.HandleResults;

/**
 * The body of a plain method in a generated dispatcher, miss object or guard: {@code return
 * ((Contract) this.rep$()).method(arguments);}, an interface call on the contract type (so a method
 * inherited from a superinterface the generated class cannot see is still reached through the
 * public contract). The call is to the method as declared; when the generated method returns the
 * type a generic superinterface resolves to ({@code Integer get()} for {@code Supplier<Integer>}),
 * the erased result is cast to it, as javac casts at a call site. For a method whose result may be
 * the called object itself (a fluent {@code return this}), {@code Contract e = (Contract)
 * this.rep$(); return (R) HandleResults.handleFor(this, e, e.method(arguments));}, so the caller
 * gets this object, never the one behind it.
 */
final class ForwardCall implements Implementation {
  private static final MethodDescription HANDLE_FOR;

  static {
    try {
      HANDLE_FOR =
          new MethodDescription.ForLoadedMethod(
              HandleResults.class.getMethod("handleFor", Object.class, Object.class, Object.class));
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final MethodDescription target;
  private final TypeDescription contract;
  private final boolean returnsHandle;

  /**
   * @param target the no-argument instance method of the generated class's base that returns the
   *     entry to call ({@code rep$()})
   */
  ForwardCall(MethodDescription target, Class<?> contract) {
    this(target, contract, false);
  }

  /**
   * @param returnsHandle whether a result that is the called entry is replaced by {@code this}
   */
  ForwardCall(MethodDescription target, Class<?> contract, boolean returnsHandle) {
    this.target = target;
    this.contract = TypeDescription.ForLoadedType.of(contract);
    this.returnsHandle = returnsHandle;
  }

  @Override
  public InstrumentedType prepare(InstrumentedType instrumentedType) {
    return instrumentedType;
  }

  @Override
  public ByteCodeAppender appender(Target implementationTarget) {
    if (returnsHandle) {
      return this::handleReturning;
    }
    return (visitor, context, method) -> {
      MethodDescription.InDefinedShape declared = method.asDefined();
      TypeDescription returned = method.getReturnType().asErasure();
      StackManipulation cast =
          returned.isPrimitive() || returned.equals(declared.getReturnType().asErasure())
              ? StackManipulation.Trivial.INSTANCE
              : TypeCasting.to(returned);
      StackManipulation.Size size =
          new StackManipulation.Compound(
                  MethodVariableAccess.loadThis(),
                  MethodInvocation.invoke(target.asDefined()),
                  TypeCasting.to(contract),
                  MethodVariableAccess.allArgumentsOf(method),
                  MethodInvocation.invoke(declared).virtual(contract),
                  cast,
                  MethodReturn.of(method.getReturnType()))
              .apply(visitor, context);
      return new ByteCodeAppender.Size(size.getMaximalSize(), method.getStackSize());
    };
  }

  /** The stack: this, entry, entry, arguments; then this, entry, result; then the result. */
  private ByteCodeAppender.Size handleReturning(
      MethodVisitor visitor, Context context, MethodDescription method) {
    StackManipulation.Size size =
        new StackManipulation.Compound(
                MethodVariableAccess.loadThis(),
                MethodVariableAccess.loadThis(),
                MethodInvocation.invoke(target.asDefined()),
                TypeCasting.to(contract),
                Duplication.SINGLE,
                MethodVariableAccess.allArgumentsOf(method),
                MethodInvocation.invoke(method.asDefined()).virtual(contract),
                MethodInvocation.invoke(HANDLE_FOR),
                TypeCasting.to(method.getReturnType().asErasure()),
                MethodReturn.of(method.getReturnType()))
            .apply(visitor, context);
    return new ByteCodeAppender.Size(size.getMaximalSize(), method.getStackSize());
  }
}

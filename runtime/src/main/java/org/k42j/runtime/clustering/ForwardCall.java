package org.k42j.runtime.clustering;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.scaffold.InstrumentedType;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.implementation.bytecode.ByteCodeAppender;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.assign.TypeCasting;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;
import net.bytebuddy.implementation.bytecode.member.MethodReturn;
import net.bytebuddy.implementation.bytecode.member.MethodVariableAccess;

/**
 * The body of a plain method in a generated dispatcher, miss object or guard: {@code return
 * ((Contract) this.rep$()).method(arguments);}, an interface call on the contract type (so a method
 * inherited from a superinterface the generated class cannot see is still reached through the
 * public contract). The call is to the method as declared; when the generated method returns the
 * type a generic superinterface resolves to ({@code Integer get()} for {@code Supplier<Integer>}),
 * the erased result is cast to it, as javac casts at a call site.
 */
final class ForwardCall implements Implementation {
  private final MethodDescription target;
  private final TypeDescription contract;

  /**
   * @param target the no-argument instance method of the generated class's base that returns the
   *     entry to call ({@code rep$()})
   */
  ForwardCall(MethodDescription target, Class<?> contract) {
    this.target = target;
    this.contract = TypeDescription.ForLoadedType.of(contract);
  }

  @Override
  public InstrumentedType prepare(InstrumentedType instrumentedType) {
    return instrumentedType;
  }

  @Override
  public ByteCodeAppender appender(Target implementationTarget) {
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
}

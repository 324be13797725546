package org.k42j.model;

/**
 * What the shared rules need to know of a contract method, its types resolved against the contract
 * (a method inherited from a generic superinterface is seen with the contract's type arguments).
 */
public interface MethodView {
  /** The method as messages name it: {@code Counter.add(long)}. */
  String display();

  /** Its name and parameters: {@code add(long)}. */
  String signature();

  /** Its result type, {@link TypeView.Shape#VOID} included. */
  TypeView returnType();

  /** Whether it is {@code toString()}, {@code hashCode()} or {@code equals(Object)}. */
  boolean isObjectMethod();
}

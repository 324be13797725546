package org.k42j.runtime.clustering;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import org.k42j.model.ClassView;
import org.k42j.model.MethodView;
import org.k42j.model.TypeView;

/**
 * The shared rules' views ({@link TypeView}, {@link MethodView}) over reflection: a class, or a
 * generic type erased to its class for the questions the rules ask, and a contract method with its
 * types resolved against the contract.
 */
final class Views {
  private Views() {}

  /** {@code type} as the rules see it, named as written ({@code List<String>}). */
  static ClassView type(Type type) {
    return new ReflectedType(type, GenericTypes.erasure(type));
  }

  /** {@code method} of {@code contract}, its result resolved against the contract. */
  static MethodView method(Class<?> contract, Method method) {
    return new ReflectedMethod(contract, method);
  }

  private record ReflectedType(Type type, Class<?> erased) implements ClassView {
    @Override
    public String display() {
      return ReflectedNames.simple(type);
    }

    @Override
    public Shape shape() {
      if (erased == void.class) {
        return Shape.VOID;
      }
      if (erased.isPrimitive()) {
        return Shape.PRIMITIVE;
      }
      if (erased.isArray()) {
        return Shape.ARRAY;
      }
      if (erased.isAnnotation()) {
        return Shape.ANNOTATION;
      }
      if (erased.isInterface()) {
        return Shape.INTERFACE;
      }
      if (erased.isEnum()) {
        return Shape.ENUM;
      }
      return erased.isRecord() ? Shape.RECORD : Shape.CLASS;
    }

    @Override
    public boolean isAbstract() {
      return !erased.isInterface() && Modifier.isAbstract(erased.getModifiers());
    }

    @Override
    public Primitive primitive() {
      Class<?> unboxed = ReflectedNames.unboxed(erased);
      return unboxed.isPrimitive() && unboxed != void.class
          ? Primitive.valueOf(unboxed.getName().toUpperCase(java.util.Locale.ROOT))
          : null;
    }

    @Override
    public boolean inheritsObjectsAnswer(MethodView method) {
      Method contractMethod = ((ReflectedMethod) method).method;
      try {
        return erased
                .getMethod(contractMethod.getName(), contractMethod.getParameterTypes())
                .getDeclaringClass()
            == Object.class;
      } catch (NoSuchMethodException e) {
        return false;
      }
    }
  }

  private record ReflectedMethod(Class<?> contract, Method method) implements MethodView {
    @Override
    public String display() {
      return ReflectedNames.method(contract, method);
    }

    @Override
    public String signature() {
      return ReflectedNames.signature(contract, method);
    }

    @Override
    public TypeView returnType() {
      return type(GenericTypes.returnType(contract, method));
    }

    @Override
    public boolean isObjectMethod() {
      return ContractMethods.isObjectMethod(method);
    }
  }
}

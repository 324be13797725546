package org.k42j.processor.exported.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * How a value of one static type crosses an address space, which decides the code that copies it.
 * Every parameter and result of a remote method has one; the validator builds it from the type and
 * rejects every type that has none.
 *
 * <ul>
 *   <li>{@link Shared}: a value that cannot change (a primitive, {@code String}, a boxed primitive,
 *       an enum, a record whose components are all shared) passes as it is;
 *   <li>{@link Array}: a fresh array, each element copied by the component's shape;
 *   <li>{@link Record}: a record with a component that needs copying: a new record of the copied
 *       components;
 *   <li>{@link Remote}: an {@code @Exported} interface: the object stays where it is; the other
 *       side receives a stub bound to its handle.
 * </ul>
 */
public sealed interface ValueShape
    permits ValueShape.Shared, ValueShape.Array, ValueShape.Record, ValueShape.Remote {

  /** The static type, as the interface declares it. */
  TypeName type();

  /** Whether the generated code must do anything to the value (copy or rebind it). */
  boolean needsCopy();

  /** A value that cannot change and passes as it is. */
  record Shared(TypeName type) implements ValueShape {
    @Override
    public boolean needsCopy() {
      return false;
    }
  }

  /** An array: copied into a fresh array, each element by {@code component}. */
  record Array(ArrayTypeName type, ValueShape component) implements ValueShape {
    @Override
    public boolean needsCopy() {
      return true;
    }
  }

  /**
   * A record with at least one component that needs copying: rebuilt through its canonical
   * constructor from its components, each copied by its shape.
   *
   * @param type the record type (parameterized when the record is generic)
   * @param components the record components, in declaration order
   */
  record Record(TypeName type, List<Component> components) implements ValueShape {
    public Record {
      components = List.copyOf(components);
    }

    @Override
    public boolean needsCopy() {
      return true;
    }
  }

  /** One record component: its accessor's name and its shape. */
  record Component(String accessor, ValueShape shape) {}

  /** An {@code @Exported} interface: crosses as its object handle and arrives as a stub. */
  record Remote(ClassName type) implements ValueShape {
    @Override
    public boolean needsCopy() {
      return true;
    }
  }
}

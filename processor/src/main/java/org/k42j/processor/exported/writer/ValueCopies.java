package org.k42j.processor.exported.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.k42j.processor.common.Javadocs;
import org.k42j.processor.exported.model.ValueShape;

/**
 * The code that copies values by their {@link ValueShape} in one generated class: an expression per
 * value, and a private helper method per record, exported interface or array of them that needs
 * one, written once per class, named after the type ({@code copyEntry}, {@code copyEntryArray}), in
 * the order first needed, so the output is the same on every build.
 *
 * <p>Copies keep {@code null} as {@code null}. Arrays are copied by the kernel's {@code
 * ByValue.array}: deeply for arrays (of arrays) of shared values, element by element through a
 * helper for arrays of records. A record is rebuilt through its canonical constructor from its
 * copied components. An exported object inside a record or an array is replaced by a stub bound to
 * its handle, so the receiver calls it where it lives; an array of them (or of arrays of them) is
 * created anew at every level (its runtime type may be the server class's, which cannot hold
 * stubs). Helpers are static unless they bind handles, which needs the class's PPC facility.
 */
final class ValueCopies {
  private final ClassName owner;
  private final CodeBlock ppc;
  private final Map<String, MethodSpec> helpers = new LinkedHashMap<>();
  private final Map<String, String> helperNames = new LinkedHashMap<>();
  private final Set<String> usedNames = new HashSet<>();

  /**
   * Copies for the generated class {@code owner}, where {@code ppc} is an expression for the PPC
   * facility; helper methods take none of the {@code reserved} names (the interface's methods,
   * which a stub declares too).
   */
  ValueCopies(ClassName owner, CodeBlock ppc, Set<String> reserved) {
    this.owner = owner;
    this.ppc = ppc;
    this.usedNames.addAll(reserved);
  }

  /** An expression that copies {@code value}, a value of {@code shape}. */
  CodeBlock copy(ValueShape shape, CodeBlock value) {
    if (!shape.needsCopy()) {
      return value;
    }
    if (shape instanceof ValueShape.Array array) {
      ValueShape component = array.component();
      if (!containsElementCopies(array)) {
        return CodeBlock.of("$T.array($L)", PpcTypes.BY_VALUE, value);
      }
      if (!holdsExported(array)) {
        return CodeBlock.of("$T.array($L, $L)", PpcTypes.BY_VALUE, value, reference(component));
      }
    }
    return CodeBlock.of("$N($L)", helper(shape), value);
  }

  /** The helper methods written so far, in the order first needed. */
  List<MethodSpec> helpers() {
    return new ArrayList<>(helpers.values());
  }

  /** Whether an array's elements (inside any nested arrays) are records or exported objects. */
  private static boolean containsElementCopies(ValueShape.Array array) {
    ValueShape component = array.component();
    while (component instanceof ValueShape.Array nested) {
      component = nested.component();
    }
    return component.needsCopy();
  }

  /**
   * Whether an array's elements (inside any nested arrays) are exported objects. Such an array is
   * created anew at every level with its declared type: its runtime type, or a nested array's, may
   * be the server class's ({@code LocalMesh[][]} passed as {@code Mesh[][]}), which cannot hold
   * stubs, so a clone would throw {@code ArrayStoreException}. Arrays of records need no such care:
   * a record class is final, so an array of records has the record's type.
   */
  private static boolean holdsExported(ValueShape.Array array) {
    ValueShape component = array.component();
    while (component instanceof ValueShape.Array nested) {
      component = nested.component();
    }
    return component instanceof ValueShape.Remote;
  }

  /** Whether copying {@code shape} binds handles (so its helper needs the PPC facility). */
  private static boolean bindsHandles(ValueShape shape) {
    if (shape instanceof ValueShape.Remote) {
      return true;
    }
    if (shape instanceof ValueShape.Array array) {
      return bindsHandles(array.component());
    }
    if (shape instanceof ValueShape.Record record) {
      for (ValueShape.Component component : record.components()) {
        if (bindsHandles(component.shape())) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code Owner::copyEntry}, or {@code this::copyStore} for a helper that binds handles. */
  private CodeBlock reference(ValueShape shape) {
    String name = helper(shape);
    return bindsHandles(shape)
        ? CodeBlock.of("this::$N", name)
        : CodeBlock.of("$T::$N", owner, name);
  }

  private String helper(ValueShape shape) {
    String key = shape.type().toString();
    String existing = helperNames.get(key);
    if (existing != null) {
      return existing;
    }
    String name = uniqueName("copy" + describe(shape.type()));
    helperNames.put(key, name);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE)
            .returns(shape.type())
            .addParameter(shape.type(), "value");
    if (!bindsHandles(shape)) {
      method.addModifiers(Modifier.STATIC);
    }
    if (shape instanceof ValueShape.Array array) {
      arrayBody(method, array);
    } else if (shape instanceof ValueShape.Record record) {
      recordBody(method, record);
    } else if (shape instanceof ValueShape.Remote remote) {
      method
          .addJavadoc(Javadocs.member("{@code value} as a stub bound to its handle."))
          .addStatement(
              "return value == null ? null :$W$L.bind($L.handleOf(value, $T.class), $T.class)",
              ppc,
              ppc,
              remote.type(),
              remote.type());
    }
    helpers.put(name, method.build());
    return name;
  }

  private void arrayBody(MethodSpec.Builder method, ValueShape.Array array) {
    ValueShape component = array.component();
    if (!holdsExported(array)) {
      method
          .addJavadoc(Javadocs.member("A copy of {@code value} sharing none of its arrays."))
          .addStatement("return $L", copy(array, CodeBlock.of("value")));
      return;
    }
    TypeName innermost = array.type().componentType();
    String dimensions = "";
    while (innermost instanceof ArrayTypeName nested) {
      innermost = nested.componentType();
      dimensions += "[]";
    }
    method
        .addJavadoc(
            Javadocs.member(
                component instanceof ValueShape.Remote
                    ? "A new array of stubs bound to the handles of {@code value}'s elements."
                    : "A new array of copies of {@code value}'s arrays of exported objects."))
        .beginControlFlow("if (value == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T copy = new $T[value.length]$L", array.type(), innermost, dimensions)
        .beginControlFlow("for (int i = 0; i < value.length; i++)")
        .addStatement("copy[i] = $L", copy(component, CodeBlock.of("value[i]")))
        .endControlFlow()
        .addStatement("return copy");
  }

  private void recordBody(MethodSpec.Builder method, ValueShape.Record record) {
    List<CodeBlock> components = new ArrayList<>();
    for (ValueShape.Component component : record.components()) {
      components.add(copy(component.shape(), CodeBlock.of("value.$N()", component.accessor())));
    }
    TypeName type = record.type();
    CodeBlock arguments = CodeBlock.join(components, ",$W");
    method.addJavadoc(
        Javadocs.member(
            bindsHandles(record)
                ? "A copy of {@code value} sharing none of its arrays, its exported objects as"
                    + " stubs."
                : "A copy of {@code value} sharing none of its arrays."));
    if (type instanceof ParameterizedTypeName parameterized) {
      method.addStatement(
          "return value == null ? null : new $T<>($L)", parameterized.rawType(), arguments);
    } else {
      method.addStatement("return value == null ? null : new $T($L)", type, arguments);
    }
  }

  private String uniqueName(String base) {
    String name = base;
    for (int i = 2; !usedNames.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  /** {@code IntArray}, {@code Entry}, {@code Outer_Entry}, {@code PairArrayArray}. */
  private static String describe(TypeName type) {
    if (type instanceof ArrayTypeName array) {
      return describe(array.componentType()) + "Array";
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      return describe(parameterized.rawType());
    }
    if (type instanceof ClassName name) {
      return String.join("_", name.simpleNames());
    }
    String primitive = type.toString();
    return Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
  }
}

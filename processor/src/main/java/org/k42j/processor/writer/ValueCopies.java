package org.k42j.processor.writer;

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
import org.k42j.processor.model.ValueShape;

/**
 * The code that copies values by their {@link ValueShape} in one generated class: an expression per
 * value, and a private helper method per array or record type that needs a loop or a constructor
 * call, written once per class, named after the type ({@code copyOfIntArray}, {@code copyOfBatch}),
 * in the order first needed, so the output is the same on every build.
 *
 * <p>Copies keep {@code null} as {@code null}. An array is copied with {@code clone()}, which keeps
 * its runtime type (records are final, so an array of them holds exactly that type), except an
 * array of an exported interface, which is created anew because its elements become stubs. An
 * exported object inside a record or an array is replaced by a stub bound to its handle, so the
 * receiver calls it where it lives.
 */
final class ValueCopies {
  private final CodeBlock ppc;
  private final Map<String, MethodSpec> helpers = new LinkedHashMap<>();
  private final Map<String, String> helperNames = new LinkedHashMap<>();
  private final Set<String> usedNames = new HashSet<>();

  /**
   * Copies for a class where {@code ppc} is an expression for the PPC facility; helper methods
   * take none of the {@code reserved} names (the interface's methods, which a stub declares too).
   */
  ValueCopies(CodeBlock ppc, Set<String> reserved) {
    this.ppc = ppc;
    this.usedNames.addAll(reserved);
  }

  /** An expression that copies {@code value}, a value of {@code shape}. */
  CodeBlock copy(ValueShape shape, CodeBlock value) {
    if (!shape.needsCopy()) {
      return value;
    }
    if (shape instanceof ValueShape.Array array && !array.component().needsCopy()) {
      return CodeBlock.of("$L == null ? null : $L.clone()", value, value);
    }
    return CodeBlock.of("$N($L)", helper(shape), value);
  }

  /** The helper methods written so far, in the order first needed. */
  List<MethodSpec> helpers() {
    return new ArrayList<>(helpers.values());
  }

  private String helper(ValueShape shape) {
    String key = shape.type().toString();
    String existing = helperNames.get(key);
    if (existing != null) {
      return existing;
    }
    String name = uniqueName("copyOf" + describe(shape.type()));
    helperNames.put(key, name);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE)
            .returns(shape.type())
            .addParameter(shape.type(), "value")
            .beginControlFlow("if (value == null)")
            .addStatement("return null")
            .endControlFlow();
    if (shape instanceof ValueShape.Array array) {
      arrayBody(method, array);
    } else if (shape instanceof ValueShape.Record record) {
      recordBody(method, record);
    } else if (shape instanceof ValueShape.Remote remote) {
      method
          .addJavadoc("An exported object as a stub bound to its handle.\n")
          .addStatement(
              "return $L.bind($L.handleOf(value, $T.class), $T.class)",
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
    if (component instanceof ValueShape.Remote) {
      method.addStatement(
          "$T copy = new $T[value.length]", array.type(), array.type().componentType());
      method.beginControlFlow("for (int i = 0; i < value.length; i++)");
      method.addStatement("copy[i] = $L", copy(component, CodeBlock.of("value[i]")));
    } else {
      method.addStatement("$T copy = value.clone()", array.type());
      method.beginControlFlow("for (int i = 0; i < copy.length; i++)");
      method.addStatement("copy[i] = $L", copy(component, CodeBlock.of("copy[i]")));
    }
    method.endControlFlow().addStatement("return copy");
  }

  private void recordBody(MethodSpec.Builder method, ValueShape.Record record) {
    List<CodeBlock> components = new ArrayList<>();
    for (ValueShape.Component component : record.components()) {
      components.add(
          copy(component.shape(), CodeBlock.of("value.$N()", component.accessor())));
    }
    TypeName type = record.type();
    CodeBlock arguments = CodeBlock.join(components, ", ");
    if (type instanceof ParameterizedTypeName parameterized) {
      method.addStatement("return new $T<>($L)", parameterized.rawType(), arguments);
    } else {
      method.addStatement("return new $T($L)", type, arguments);
    }
  }

  private String uniqueName(String base) {
    String name = base;
    for (int i = 2; !usedNames.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  /** {@code IntArray}, {@code Batch}, {@code Outer_Batch}, {@code PairArrayArray}. */
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

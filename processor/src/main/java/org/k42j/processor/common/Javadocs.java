package org.k42j.processor.common;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;

/**
 * Javadoc text for generated code: names as a reader of the generated file sees them, and
 * paragraphs filled to the 100-column line the rest of the code base uses. JavaPoet writes Javadoc
 * lines as given, so the text is wrapped here, knowing the indent it will be written at.
 */
public final class Javadocs {
  /** The line every generated type's Javadoc ends with; never broken across lines. */
  static final String DO_NOT_EDIT = "Generated\u00a0by\u00a0k42j;\u00a0do\u00a0not\u00a0edit.";

  private static final int COLUMNS = 100;
  private static final char NO_BREAK = '\u00a0';

  private Javadocs() {}

  /**
   * The Javadoc of a generated type: {@code text}, then {@link #DO_NOT_EDIT}, filled at column 0.
   */
  public static CodeBlock type(String text) {
    return CodeBlock.of("$L", fill(text + " " + DO_NOT_EDIT, 0));
  }

  /** The Javadoc of a member (indented one level): {@code text} filled. */
  public static CodeBlock member(String text) {
    return CodeBlock.of("$L", fill(text, 2));
  }

  /**
   * Fills {@code text} greedily into lines that, written as {@code " * "} after {@code indent}
   * spaces, end at or before column 100. Words joined by a no-break space stay on one line.
   */
  static String fill(String text, int indent) {
    int width = COLUMNS - indent - " * ".length();
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : text.trim().split(" +")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.append('\n').toString().replace(NO_BREAK, ' ');
  }

  /**
   * How {@code type} reads in a file of package {@code fromPackage}: {@code Outer.Counter} in its
   * own package, the canonical name elsewhere (so a Javadoc link needs no import).
   */
  public static String name(ClassName type, String fromPackage) {
    return type.packageName().equals(fromPackage)
        ? String.join(".", type.simpleNames())
        : type.canonicalName();
  }

  /** {@code {@link Name}} for a type referred to from {@code fromPackage}. */
  public static String link(ClassName type, String fromPackage) {
    return "{@link " + name(type, fromPackage) + "}";
  }

  /** A type by simple names, without type arguments, as Javadoc shows it. */
  public static String simple(TypeName type) {
    if (type instanceof ClassName name) {
      return String.join(".", name.simpleNames());
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      return simple(parameterized.rawType());
    }
    if (type instanceof ArrayTypeName array) {
      return simple(array.componentType()) + "[]";
    }
    if (type instanceof TypeVariableName variable) {
      return variable.name();
    }
    return type.withoutAnnotations().toString();
  }
}

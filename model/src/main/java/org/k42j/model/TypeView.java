package org.k42j.model;

/**
 * What the shared rules need to know of a type, whichever front end sees it: the processor
 * implements it over a {@code TypeMirror} or {@code TypeElement}, the run-time path over a {@code
 * Class} (or a generic {@code Type} resolved against the contract).
 */
public interface TypeView {
  /** The type as messages name it: {@code Counter}, {@code Outer.Counter}, {@code List<String>}. */
  String display();

  /** What kind of type it is. */
  Shape shape();

  /** Whether it is an abstract class (interfaces are not asked). */
  boolean isAbstract();

  /**
   * The primitive this type is, or the one it boxes ({@code Long} gives {@link Primitive#LONG});
   * null for every other type, {@code void} included.
   */
  Primitive primitive();

  /** {@code an interface}, {@code a record}, ... as messages say it. */
  default String kindWithArticle() {
    return shape().withArticle;
  }

  /** The kinds of type the rules tell apart. */
  enum Shape {
    CLASS("a class"),
    INTERFACE("an interface"),
    ENUM("an enum"),
    RECORD("a record"),
    ANNOTATION("an annotation type"),
    PRIMITIVE("a primitive type"),
    ARRAY("an array type"),
    VOID("void"),
    /** A type variable, wildcard or intersection: none of the rules' subjects. */
    OTHER("a type");

    private final String withArticle;

    Shape(String withArticle) {
      this.withArticle = withArticle;
    }
  }

  /** The primitive types, and so the boxes. */
  enum Primitive {
    BOOLEAN,
    BYTE,
    SHORT,
    CHAR,
    INT,
    LONG,
    FLOAT,
    DOUBLE
  }
}

package org.k42j.processor.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.UnionType;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Questions about types that several validators ask, over one round's {@link Types}. */
public final class TypeInspector {
  public final Types types;
  public final Elements elements;

  TypeInspector(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  /** The first type inside {@code type} that the compiler could not resolve, or null. */
  public TypeMirror firstError(TypeMirror type) {
    return firstError(type, new HashSet<>());
  }

  private TypeMirror firstError(TypeMirror type, Set<Element> seenVariables) {
    if (type == null) {
      return null;
    }
    switch (type.getKind()) {
      case ERROR:
        return type;
      case DECLARED:
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          TypeMirror error = firstError(argument, seenVariables);
          if (error != null) {
            return error;
          }
        }
        return null;
      case ARRAY:
        return firstError(((ArrayType) type).getComponentType(), seenVariables);
      case WILDCARD:
        {
          WildcardType wildcard = (WildcardType) type;
          TypeMirror error = firstError(wildcard.getExtendsBound(), seenVariables);
          return error != null ? error : firstError(wildcard.getSuperBound(), seenVariables);
        }
      case TYPEVAR:
        {
          TypeVariable variable = (TypeVariable) type;
          if (!seenVariables.add(variable.asElement())) {
            return null;
          }
          return firstError(variable.getUpperBound(), seenVariables);
        }
      case INTERSECTION:
        return firstError(((IntersectionType) type).getBounds(), seenVariables);
      case UNION:
        return firstError(((UnionType) type).getAlternatives(), seenVariables);
      case EXECUTABLE:
        {
          ExecutableType executable = (ExecutableType) type;
          List<TypeMirror> parts = new ArrayList<>();
          parts.add(executable.getReturnType());
          parts.addAll(executable.getParameterTypes());
          parts.addAll(executable.getThrownTypes());
          parts.addAll(executable.getTypeVariables());
          return firstError(parts, seenVariables);
        }
      default:
        return null;
    }
  }

  private TypeMirror firstError(List<? extends TypeMirror> types, Set<Element> seenVariables) {
    for (TypeMirror type : types) {
      TypeMirror error = firstError(type, seenVariables);
      if (error != null) {
        return error;
      }
    }
    return null;
  }

  /**
   * Every supertype of {@code type} (not {@code type} itself), breadth first in declaration order,
   * each once. Unresolved supertypes are included but not walked.
   */
  public List<TypeMirror> allSupertypes(TypeMirror type) {
    List<TypeMirror> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<TypeMirror> queue = new ArrayDeque<>();
    queue.add(type);
    while (!queue.isEmpty()) {
      TypeMirror next = queue.removeFirst();
      if (next.getKind() != TypeKind.DECLARED) {
        continue;
      }
      for (TypeMirror supertype : types.directSupertypes(next)) {
        String key =
            supertype.getKind() == TypeKind.DECLARED
                ? qualifiedName(supertype) + supertype
                : supertype.toString();
        if (seen.add(key)) {
          found.add(supertype);
          queue.addLast(supertype);
        }
      }
    }
    return found;
  }

  /** The supertype of {@code type} (or {@code type}) whose class is {@code target}, or null. */
  public DeclaredType supertypeOf(TypeMirror type, TypeElement target) {
    if (type.getKind() == TypeKind.DECLARED && asElement(type).equals(target)) {
      return (DeclaredType) type;
    }
    for (TypeMirror supertype : allSupertypes(type)) {
      if (supertype.getKind() == TypeKind.DECLARED && asElement(supertype).equals(target)) {
        return (DeclaredType) supertype;
      }
    }
    return null;
  }

  /**
   * {@code type} with each type variable whose element is a key of {@code replacements} replaced by
   * its value, inside type arguments, arrays, wildcards and enclosing types. Lets two generic
   * methods be compared as if they declared the same type variables ({@code <T> T get()} of a root
   * seen through {@code <T>} of the contract).
   */
  public TypeMirror substitute(TypeMirror type, Map<Element, TypeMirror> replacements) {
    if (replacements.isEmpty()) {
      return type;
    }
    switch (type.getKind()) {
      case TYPEVAR:
        return replacements.getOrDefault(((TypeVariable) type).asElement(), type);
      case ARRAY:
        return types.getArrayType(substitute(((ArrayType) type).getComponentType(), replacements));
      case WILDCARD:
        {
          WildcardType wildcard = (WildcardType) type;
          TypeMirror extendsBound = wildcard.getExtendsBound();
          TypeMirror superBound = wildcard.getSuperBound();
          return types.getWildcardType(
              extendsBound == null ? null : substitute(extendsBound, replacements),
              superBound == null ? null : substitute(superBound, replacements));
        }
      case DECLARED:
        {
          DeclaredType declared = (DeclaredType) type;
          TypeElement element = asElement(declared);
          List<TypeMirror> arguments = new ArrayList<>();
          for (TypeMirror argument : declared.getTypeArguments()) {
            arguments.add(substitute(argument, replacements));
          }
          TypeMirror[] array = arguments.toArray(new TypeMirror[0]);
          TypeMirror enclosing = declared.getEnclosingType();
          if (enclosing.getKind() == TypeKind.DECLARED
              && !element.getModifiers().contains(Modifier.STATIC)
              && !((DeclaredType) enclosing).getTypeArguments().isEmpty()) {
            return types.getDeclaredType(
                (DeclaredType) substitute(enclosing, replacements), element, array);
          }
          return arguments.isEmpty() ? type : types.getDeclaredType(element, array);
        }
      default:
        return type;
    }
  }

  /**
   * Whether {@code own}, a rep's or root's type variables standing for the contract's in order,
   * have the contract's bounds: every bound of {@code own[i]}, read with the contract's variables
   * in place of {@code own}, is a supertype of the contract's {@code i}th variable, and the other
   * way round. A narrower bound ({@code CacheRep<K extends CharSequence>} for {@code Cache<K>})
   * would not accept the contract's variables the generated classes pass; a wider one ({@code
   * IndexRep<K>} for {@code Index<K extends Comparable<K>>}) could not pass its own to the contract
   * or the generated root base, a javac error that k42j reports as its own instead.
   */
  public boolean acceptsContractTypeVariables(
      List<? extends TypeParameterElement> own, TypeElement contract) {
    List<? extends TypeParameterElement> contracts = contract.getTypeParameters();
    if (own.size() != contracts.size()) {
      return false;
    }
    Map<Element, TypeMirror> asContract = new HashMap<>();
    for (int i = 0; i < own.size(); i++) {
      asContract.put(own.get(i), contracts.get(i).asType());
    }
    Map<Element, TypeMirror> asOwn = new HashMap<>();
    for (int i = 0; i < own.size(); i++) {
      asOwn.put(contracts.get(i), own.get(i).asType());
    }
    for (int i = 0; i < own.size(); i++) {
      for (TypeMirror bound : own.get(i).getBounds()) {
        if (!types.isSubtype(contracts.get(i).asType(), substitute(bound, asContract))) {
          return false;
        }
      }
      for (TypeMirror bound : contracts.get(i).getBounds()) {
        if (!types.isSubtype(own.get(i).asType(), substitute(bound, asOwn))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The first superclass of {@code type} that is a base k42j generates for a contract other than
   * the one whose base is {@code ownBase} (a simple name ending in {@code _<suffix>}): a class of
   * that name extending {@code runtimeBase} (qualified), or a class of that name not generated yet.
   * Null when there is none.
   */
  public static TypeMirror foreignGeneratedBase(
      TypeElement type, String ownBase, String suffix, String runtimeBase) {
    TypeMirror superclass = type.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED || superclass.getKind() == TypeKind.ERROR) {
      String simple = Names.lastSegment(superclass.toString());
      boolean named = simple.endsWith("_" + suffix) && !simple.equals(ownBase);
      if (superclass.getKind() == TypeKind.ERROR) {
        return named ? superclass : null;
      }
      TypeMirror next = asElement(superclass).getSuperclass();
      if (named && next.getKind() == TypeKind.DECLARED && qualifiedName(next).equals(runtimeBase)) {
        return superclass;
      }
      superclass = next;
    }
    return null;
  }

  public static TypeElement asElement(TypeMirror type) {
    return (TypeElement) ((DeclaredType) type).asElement();
  }

  public static String qualifiedName(TypeMirror type) {
    return asElement(type).getQualifiedName().toString();
  }

  /**
   * Whether {@code type} is the class {@code simpleName} of package {@code pkg}. An unresolved type
   * (one the processor has yet to generate) matches by its last name segment alone.
   */
  public static boolean isNamed(TypeMirror type, String pkg, String simpleName) {
    if (type.getKind() == TypeKind.ERROR) {
      return Names.lastSegment(type.toString()).equals(simpleName);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    String expected = pkg.isEmpty() ? simpleName : pkg + "." + simpleName;
    return qualifiedName(type).equals(expected);
  }

  public String packageOf(Element element) {
    PackageElement pkg = elements.getPackageOf(element);
    return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
  }

  /**
   * The private type that makes {@code type} inaccessible ({@code type} itself or an enclosing
   * type), or null.
   */
  public static TypeElement privateEnclosure(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return (TypeElement) e;
      }
    }
    return null;
  }

  /** {@code private}, or {@code nested in the private class Outer}. */
  public static String privacy(TypeElement type, TypeElement privateEnclosure) {
    return privateEnclosure.equals(type)
        ? "private"
        : "nested in the private "
            + kindWord(privateEnclosure)
            + " "
            + Names.display(privateEnclosure);
  }

  private static String kindWord(TypeElement type) {
    String article = Names.kindWithArticle(type);
    return article.substring(article.indexOf(' ') + 1);
  }

  /**
   * {@code a non-static inner class} when {@code type} needs an enclosing instance, or null when
   * code elsewhere can instantiate it. (Annotation processors never see local classes.)
   */
  public static String innerness(TypeElement type) {
    if (type.getNestingKind() == NestingKind.MEMBER
        && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)
        && !type.getEnclosingElement().getKind().isInterface()) {
      return "a non-static inner class";
    }
    return null;
  }

  /**
   * Whether code in package {@code pkg} can name {@code type}: no enclosing type is private and,
   * outside {@code type}'s package, every enclosing type is public.
   */
  public boolean visibleFrom(TypeElement type, String pkg) {
    boolean samePackage = packageOf(type).equals(pkg);
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!samePackage && !e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /** Whether code in package {@code pkg} can call {@code member} of a type it can name. */
  public boolean callableFrom(ExecutableElement member, String pkg) {
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    return member.getModifiers().contains(Modifier.PUBLIC) || packageOf(member).equals(pkg);
  }

  /** The first checked exception {@code method} declares, or null. */
  public TypeMirror firstCheckedException(ExecutableElement method) {
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (thrown.getKind() == TypeKind.ERROR) {
        return thrown;
      }
      if (!types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error)) {
        return thrown;
      }
    }
    return null;
  }

  /** Whether {@code type} is unchecked (a runtime exception or an error). */
  public boolean isUnchecked(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return false;
    }
    return types.isSubtype(type, elements.getTypeElement("java.lang.RuntimeException").asType())
        || types.isSubtype(type, elements.getTypeElement("java.lang.Error").asType());
  }

  public static List<ExecutableElement> constructors(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements());
  }

  /**
   * Whether {@code method} has the signature of one of {@link Object}'s public methods ({@code
   * equals(Object)}, {@code hashCode()}, {@code toString()}), which every implementation already
   * has.
   */
  public boolean overridesObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int parameters = method.getParameters().size();
    if (parameters == 0) {
      return name.equals("hashCode") || name.equals("toString");
    }
    if (parameters == 1 && name.equals("equals")) {
      TypeMirror parameter = types.erasure(method.getParameters().get(0).asType());
      return parameter.getKind() == TypeKind.DECLARED
          && qualifiedName(parameter).equals("java.lang.Object");
    }
    return false;
  }

  /** The outermost type around {@code element}. */
  public static TypeElement outermost(Element element) {
    TypeElement outer = null;
    for (Element e = element;
        e != null && !(e instanceof PackageElement);
        e = e.getEnclosingElement()) {
      if (e instanceof TypeElement) {
        outer = (TypeElement) e;
      }
    }
    return outer;
  }

  /** The member types {@code type} declares or inherits, by simple name, sorted. */
  public Map<String, TypeElement> memberTypes(TypeElement type) {
    Map<String, TypeElement> members = new TreeMap<>();
    for (TypeElement member : ElementFilter.typesIn(elements.getAllMembers(type))) {
      members.putIfAbsent(member.getSimpleName().toString(), member);
    }
    return members;
  }
}

package org.k42j.processor.clustered.validation;

import com.palantir.javapoet.ClassName;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import org.k42j.processor.clustered.model.GeneratedType;
import org.k42j.processor.clustered.model.MethodModel;
import org.k42j.processor.common.Anchors;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.Names;
import org.k42j.processor.common.Problem;
import org.k42j.processor.common.TypeInspector;

/**
 * Member types of a contract, which hide types of the same simple name inside the generated classes
 * that implement the contract (dispatcher, miss object, guard). The writer names a hidden type of
 * another package by its canonical name; a type of the contract's own package it can only name by
 * its simple name, which would mean the member type, so such a clash is an error.
 */
final class HiddenTypes {
  private final TypeInspector inspector;
  private final Anchors anchors;

  HiddenTypes(TypeInspector inspector, Anchors anchors) {
    this.inspector = inspector;
    this.anchors = anchors;
  }

  /** The member types {@code contract} declares or inherits, by simple name, sorted. */
  Map<String, TypeElement> memberTypes(TypeElement contract) {
    return inspector.memberTypes(contract);
  }

  /**
   * A problem when a member type of the contract has the simple name of a top-level type of the
   * contract's package that the generated implementations name: a type in a method's signature, a
   * combiner, the root, the contract's own outermost type or a generated type; else null.
   */
  Problem check(
      ContractContext context,
      List<ContractMethod> methods,
      List<MethodModel> models,
      ClassName root) {
    TypeElement contract = context.contract();
    Map<String, TypeElement> members = memberTypes(contract);
    if (members.isEmpty()) {
      return null;
    }
    Map<String, String> named = new TreeMap<>();
    Set<Element> seenVariables = new HashSet<>();
    for (ContractMethod method : methods) {
      addAll(named, method.type.getParameterTypes(), context, seenVariables);
      add(named, method.returnType(), context, seenVariables);
      addAll(named, method.thrownTypes(), context, seenVariables);
      for (TypeVariable variable : method.type.getTypeVariables()) {
        add(named, variable, context, seenVariables);
      }
    }
    for (TypeParameterElement variable : contract.getTypeParameters()) {
      add(named, variable.asType(), context, seenVariables);
    }
    for (MethodModel model : models) {
      if (model.combiner() != null) {
        add(named, model.combiner(), context);
      }
    }
    add(named, root, context);
    add(named, ClassName.get(TypeInspector.outermost(contract)), context);
    for (GeneratedType generated :
        List.of(GeneratedType.DISPATCHER, GeneratedType.ROOT_BASE, GeneratedType.ROOT)) {
      String name = context.generated(generated);
      named.put(name, qualified(context.pkg(), name));
    }
    for (Map.Entry<String, TypeElement> member : members.entrySet()) {
      String hidden = named.get(member.getKey());
      if (hidden != null) {
        return anchors.on(
            member.getValue(),
            contract,
            Diagnostic.HIDDEN_TYPE,
            Names.display(contract),
            Names.display(member.getValue()),
            hidden,
            Names.display(contract));
      }
    }
    return null;
  }

  private void addAll(
      Map<String, String> named,
      List<? extends TypeMirror> types,
      ContractContext context,
      Set<Element> seenVariables) {
    for (TypeMirror type : types) {
      add(named, type, context, seenVariables);
    }
  }

  /** Notes the outermost types of {@code context}'s package that {@code type} mentions. */
  private void add(
      Map<String, String> named,
      TypeMirror type,
      ContractContext context,
      Set<Element> seenVariables) {
    switch (type.getKind()) {
      case DECLARED:
        {
          DeclaredType declared = (DeclaredType) type;
          TypeElement outer = TypeInspector.outermost(declared.asElement());
          if (outer != null && inspector.packageOf(outer).equals(context.pkg())) {
            named.put(outer.getSimpleName().toString(), outer.getQualifiedName().toString());
          }
          addAll(named, declared.getTypeArguments(), context, seenVariables);
          return;
        }
      case ARRAY:
        add(named, ((ArrayType) type).getComponentType(), context, seenVariables);
        return;
      case WILDCARD:
        {
          WildcardType wildcard = (WildcardType) type;
          if (wildcard.getExtendsBound() != null) {
            add(named, wildcard.getExtendsBound(), context, seenVariables);
          }
          if (wildcard.getSuperBound() != null) {
            add(named, wildcard.getSuperBound(), context, seenVariables);
          }
          return;
        }
      case TYPEVAR:
        {
          TypeVariable variable = (TypeVariable) type;
          if (seenVariables.add(variable.asElement())) {
            add(named, variable.getUpperBound(), context, seenVariables);
          }
          return;
        }
      case INTERSECTION:
        addAll(named, ((IntersectionType) type).getBounds(), context, seenVariables);
        return;
      default:
        return;
    }
  }

  private static void add(Map<String, String> named, ClassName type, ContractContext context) {
    if (type.packageName().equals(context.pkg())) {
      ClassName outer = type.topLevelClassName();
      named.put(outer.simpleName(), outer.canonicalName());
    }
  }

  private static String qualified(String pkg, String simpleName) {
    return pkg.isEmpty() ? simpleName : pkg + "." + simpleName;
  }
}

package org.k42j.processor.clustered.validation;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.k42j.processor.common.Anchors;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.Problem;

/**
 * A user root as its rep names it: {@code @Rep(root = RegistryRoot.class)}. The rep is the only way
 * to a root (no class is ever found by scanning for {@code @Root}), so everything generated for a
 * contract follows from its rep.
 *
 * @param root the class named, annotated {@code @Root}
 * @param rep the {@code @Rep} class naming it
 * @param annotation the rep's {@code @Rep}
 * @param value the {@code root} attribute, where problems of the reference itself point
 */
record RootReference(
    TypeElement root, TypeElement rep, AnnotationMirror annotation, AnnotationValue value) {

  /**
   * A problem on {@code element} (a user root or one of its members) if it is in the sources, else
   * on the rep's {@code root} attribute naming the root: a root read from a class file (compiled in
   * an earlier build, or in another module) has no position of its own.
   */
  Problem on(Anchors anchors, Element element, Diagnostic diagnostic, String... args) {
    return anchors.isSource(element)
        ? Problem.on(element, diagnostic, args)
        : Problem.on(rep, annotation, value, diagnostic, args);
  }
}

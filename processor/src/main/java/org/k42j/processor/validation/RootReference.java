package org.k42j.processor.validation;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

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
    TypeElement root, TypeElement rep, AnnotationMirror annotation, AnnotationValue value) {}

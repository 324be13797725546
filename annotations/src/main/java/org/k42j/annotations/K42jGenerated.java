package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that k42j's annotation processors generated (a dispatcher, miss object, guard, root
 * base, root, rep base, factory, version or stand-in of a clustered object; a stub, skeleton or
 * binding of an exported interface), so that coverage and lint tools can skip it. Never written by
 * hand.
 *
 * <p>It sits next to {@code @javax.annotation.processing.Generated}, which has source retention and
 * so is gone from the class files those tools read. This one is kept in the class file but not
 * loaded at run time ({@link RetentionPolicy#CLASS}): it costs nothing in a running program, and a
 * tool excludes generated code by it (JaCoCo, for one, skips classes carrying any annotation whose
 * simple name contains {@code Generated} with class or run-time retention).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface K42jGenerated {}

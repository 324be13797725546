package org.k42j.processor.exported.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import org.k42j.processor.common.Deprecations;

/**
 * One remote method of an exported interface, with types resolved against the interface (an
 * inherited generic method is seen through the type arguments the interface gives it).
 *
 * @param name the method name (unique in the interface: overloads are rejected)
 * @param number the method number a call carries: its position among the interface's remote
 *     methods, from 0
 * @param async whether the method is {@code @Async}: sent one-way, with no reply
 * @param returnType the declared return type, {@code void} included
 * @param result how the result crosses back, or null for {@code void}
 * @param parameters the parameters, named as in the interface
 * @param varargs whether the last parameter is varargs
 * @param exceptions the declared thrown types
 * @param deprecated the method's {@code @Deprecated} as written, which the stub's override repeats
 *     (or javac warns about overriding it); null when it is not deprecated
 */
public record RemoteMethodModel(
    String name,
    int number,
    boolean async,
    TypeName returnType,
    ValueShape result,
    List<RemoteParameter> parameters,
    boolean varargs,
    List<TypeName> exceptions,
    AnnotationSpec deprecated) {

  public RemoteMethodModel {
    parameters = List.copyOf(parameters);
    exceptions = List.copyOf(exceptions);
  }

  /**
   * Whether the method is deprecated for removal ({@code @Deprecated(forRemoval = true)}): then
   * overriding and calling it warn even where deprecation is expected.
   */
  public boolean deprecatedForRemoval() {
    return Deprecations.forRemoval(deprecated);
  }

  /** One parameter: its name and how its value crosses. */
  public record RemoteParameter(String name, ValueShape shape) {}
}

package org.k42j.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * The root class the factory instantiates.
 *
 * @param type the user's {@code @Root} class, or the generated {@code <prefix>_Root}
 * @param userWritten whether the user wrote it (then it extends {@code <prefix>_RootBase})
 */
public record RootModel(ClassName type, boolean userWritten) {}

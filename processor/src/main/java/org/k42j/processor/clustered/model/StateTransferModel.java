package org.k42j.processor.clustered.model;

import com.palantir.javapoet.TypeName;

/**
 * A rep's state-transfer contract for hot swapping: the {@code @ExportState} method, returning
 * {@code state}, and the {@code @ImportState} method, taking {@code List<state>}.
 *
 * @param exportMethod the name of the method that returns one rep's state
 * @param importMethod the name of the method that takes every old rep's state
 * @param state the exported type, boxed when the method returns a primitive
 */
public record StateTransferModel(String exportMethod, String importMethod, TypeName state) {}

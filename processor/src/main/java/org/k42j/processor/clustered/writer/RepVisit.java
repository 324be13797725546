package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.CodeBlock;
import java.util.function.Function;
import org.k42j.processor.clustered.model.ContractModel;

/**
 * The loop that visits every rep of the object through its call entry (the rep, or its guard for
 * exclusive reps), shared by gather and broadcast methods. Slots without a rep are skipped; the
 * loop reads the root's rep set, so it never creates reps.
 */
final class RepVisit {
  private RepVisit() {}

  /**
   * {@code for (slot...) { Contract rep = core.entryAt(slot); if (rep != null) { body(rep) } }},
   * where {@code body} gets the name of the rep local.
   */
  static CodeBlock forEachRep(
      ContractModel model, MethodScope scope, Function<String, CodeBlock> body) {
    CodeBlock core = scope.field("core");
    String slot = scope.local("slot");
    String slots = scope.local("slots");
    String rep = scope.local("rep");
    return CodeBlock.builder()
        .beginControlFlow(
            "for (int $1N = 0, $2N = $3L.repSlots(); $1N < $2N; $1N++)", slot, slots, core)
        .addStatement("$T $N = $L.entryAt($N)", model.contractType(), rep, core, slot)
        .beginControlFlow("if ($N != null)", rep)
        .add(body.apply(rep))
        .endControlFlow()
        .endControlFlow()
        .build();
  }
}

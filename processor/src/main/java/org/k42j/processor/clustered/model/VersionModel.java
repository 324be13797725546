package org.k42j.processor.clustered.model;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @RepVersion} class: another rep class of a contract, which a live object can be hot
 * swapped to. Everything in it is decided from the version class and what it reaches (its contract,
 * the {@code @Rep} class it names and that rep's root), so the version class is the one originating
 * element of what is generated for it.
 *
 * @param contract the contract the version serves
 * @param isPublic whether the contract is public (the generated version class is then public too)
 * @param type the version's rep class
 * @param generated the generated {@code <prefix>_Version} class, in the contract's package
 * @param guard the contract's generated guard, or null when its reps are thread-safe
 * @param rootBase the contract's generated root base (what the guard's constructor takes)
 * @param root the root a constructor taking the root receives: the user's root or the generated one
 * @param takesRoot whether the version's constructor takes the root
 * @param stateTransfer the version's state transfer, of the same state type as its {@code @Rep}'s
 * @param originatingElement the version class
 */
public record VersionModel(
    ClassName contract,
    boolean isPublic,
    ClassName type,
    ClassName generated,
    ClassName guard,
    ClassName rootBase,
    ClassName root,
    boolean takesRoot,
    StateTransferModel stateTransfer,
    TypeElement originatingElement) {}

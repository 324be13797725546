package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a user-written root: the one object per clustered object that holds the state every rep
 * shares (K42's root). The contract's rep names it with {@link Rep#root()}; this annotation carries
 * nothing, it documents the class and lets the processor check that the class a rep names is meant
 * to be a root. The class extends the generated {@code Contract_RootBase} (which keeps the rep set
 * and handles misses), is not abstract, and has a non-private constructor taking no arguments.
 * Methods of the contract marked {@link OnRoot} run on it.
 *
 * <pre>{@code
 * @Root
 * class RegistryRoot extends Registry_RootBase {
 *   final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();
 *
 *   public int size() { return ids.size(); }     // the contract's @OnRoot int size()
 * }
 *
 * @Rep(root = RegistryRoot.class)
 * final class RegistryRep extends Registry_RepBase implements Registry { ... }
 * }</pre>
 *
 * <p>Reps reach it through {@code root()} in the generated rep base, or by taking it as their
 * constructor's single parameter. A {@code @Root} class that no rep names is an error.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Root {}

package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a user-written root: the one object per clustered object that holds the state every rep
 * shares (K42's root). The class names its contract in {@link #value()}, extends the generated
 * {@code Contract_RootBase} (which keeps the rep set and handles misses), is not abstract, and has
 * a non-private constructor taking no arguments. Methods of the contract marked {@link OnRoot} run
 * on it.
 *
 * <pre>{@code
 * @Root(Registry.class)
 * class RegistryRoot extends Registry_RootBase {
 *   final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();
 *
 *   public int size() { return ids.size(); }     // the contract's @OnRoot int size()
 * }
 * }</pre>
 *
 * <p>Reps reach it through {@code root()} in the generated rep base, or by taking it as their
 * constructor's single parameter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Root {
  /** The {@link ClusteredObject} interface this root serves. */
  Class<?> value();
}

package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface as the contract of a clustered object: one identity (a COID) served by a set
 * of per-processor reps that all implement this interface.
 *
 * <p>Exactly one class annotated {@link Rep} must implement the interface. Every abstract and
 * default method of the interface (including inherited ones) is dispatched to the calling
 * processor's rep, unless it is marked {@link Gather}, {@link Broadcast} or {@link OnRoot}. Generic
 * interfaces, overloads, checked exceptions and varargs are supported.
 *
 * <pre>{@code
 * @ClusteredObject
 * public interface Cache<K, V> {
 *   V get(K key);
 *   void put(K key, V value);
 *
 *   @Broadcast
 *   void invalidate(K key);   // runs on every existing rep
 * }
 * }</pre>
 *
 * <p>Generated: {@code Cache_Dispatcher}, {@code Cache_Miss}, {@code Cache_RootBase}, {@code
 * Cache_Root} (when no {@link Root} is written), {@code Cache_RepBase}, {@code Cache_Factory} and,
 * for public contracts, the service entry {@code META-INF/services/<contract binary name>} naming
 * the dispatcher, so {@code ServiceLoader.load(Cache.class)} creates instances.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ClusteredObject {}

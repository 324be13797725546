package org.k42j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public interface that a server exports to other address spaces: clients call it by
 * protected procedure call (PPC), the call running on the caller's processor, in the server's
 * address space, on one of the server's threads, while the calling thread waits for the reply.
 *
 * <pre>{@code
 * @Exported
 * public interface KeyValueStore {
 *   String get(String key);
 *   void put(String key, String value);
 *
 *   @Async
 *   void touch(String key);   // one-way: the caller does not wait
 * }
 * }</pre>
 *
 * <p>Generated next to the interface: {@code KeyValueStore_Stub} (implements the interface in the
 * client: each call becomes a PPC), {@code KeyValueStore_Skeleton} (in the server: checks the
 * method number, unpacks the arguments, calls the exported object, copies the result) and {@code
 * KeyValueStore_Binding}, registered as a provider of {@code org.k42j.kernel.ppc.PpcBinding} so the
 * kernel finds the stub and skeleton of an interface it is asked to export or bind.
 *
 * <p>Arguments and results are copied by value, so the two address spaces never share an object.
 * What can cross: primitives, {@code String}, the boxed primitives, enums, records whose components
 * can cross, arrays of what can cross, and other {@code @Exported} interfaces (they travel as
 * object handles and arrive as stubs). Anything else (a {@code List}, a {@code StringBuilder}, a
 * {@code Date}, an arbitrary class) is a compile-time error on the parameter.
 *
 * <p>Whatever the server's method throws, checked or unchecked, an exception it declares or an
 * {@code Error}, reaches the caller as the kernel's unchecked {@code PpcServerException}, which
 * carries the server exception's class name, message and stack trace as text (no object of the
 * server crosses): a checked exception the method declares is never rethrown as itself in the
 * client, so catch {@code PpcServerException} and read its {@code remoteClass()}. The kernel's own
 * failures (pool exhausted, server exited, stale or forged handle) arrive as the other {@code
 * PpcException}s.
 *
 * <p>Remote methods are the interface's abstract methods, its own in declaration order, then those
 * of its superinterfaces; a method is numbered by that position, from 0. Method names must be
 * unique (no overloads). Default and static methods are not remote: a default method runs in the
 * caller's address space, on the stub, and its calls to abstract methods are PPCs. Redeclared
 * {@code toString}, {@code equals} and {@code hashCode} are not remote either. See {@code
 * docs/diagnostics.md} for every rule.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Exported {}

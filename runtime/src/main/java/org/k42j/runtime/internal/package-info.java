/**
 * What generated code links against. Not for direct use: the processor writes the subclasses
 * ({@code Contract_RootBase}, {@code Contract_Dispatcher}, {@code Contract_Guard}, {@code
 * Contract_RepBase}) and the public API in {@link org.k42j.runtime} reads them.
 */
package org.k42j.runtime.internal;

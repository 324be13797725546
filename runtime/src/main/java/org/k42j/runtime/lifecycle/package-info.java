/**
 * The lifecycle of clustered objects, for users: {@link org.k42j.runtime.lifecycle.Requests} marks
 * the units of work that quiescence counts (so that destruction and hot swapping know when calls
 * that started before them are over), and {@link org.k42j.runtime.lifecycle.Interceptor} with its
 * implementations sees the calls of an object it is interposed on. Destroying, hot swapping,
 * shrinking and interposing are entry points of {@link org.k42j.runtime.ClusteredObjects}; the
 * machinery is in {@code org.k42j.runtime.quiescence} ({@code Quiescence}) and {@code
 * org.k42j.runtime.internal} ({@code Destruction}, {@code HotSwap}, {@code Mediator}, {@code
 * AdaptiveShrinker}). See docs/lifecycle.md.
 */
package org.k42j.runtime.lifecycle;

/**
 * Run-time clustering: clustered objects from existing classes, declared in code instead of
 * annotations. Start with {@link org.k42j.runtime.clustering.Clustering#of}; the guide is {@code
 * docs/porting.md}.
 *
 * <p>The path mirrors the annotation processor's: a declaration is checked into an immutable model
 * ({@code ClusterModel}, the counterpart of the processor's {@code ContractModel}) and a writer
 * turns the model into classes, here with ByteBuddy at run time. Both paths' classes extend the
 * same runtime ({@code ClusterRoot}, {@code DispatcherBase}, {@code RepGuard}), which holds the
 * semantics beyond routing.
 */
package org.k42j.runtime.clustering;

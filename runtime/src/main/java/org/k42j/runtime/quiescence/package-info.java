/**
 * Grace periods: per-processor, per-generation counters of the requests in progress, which
 * destruction, reclamation and hot swaps wait to drain. Not exported by the module: users reach it
 * only through {@code org.k42j.runtime.lifecycle.Requests}, the runtime's internals directly. It
 * depends on nothing else of the runtime.
 */
package org.k42j.runtime.quiescence;

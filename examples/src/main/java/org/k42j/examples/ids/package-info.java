/**
 * An id allocator with per-processor free lists (K42's locality-aware allocation) in three forms
 * side by side: the locked original {@link org.k42j.examples.ids.LockedIdAllocator}, the run-time
 * declaration {@link org.k42j.examples.ids.RuntimeClusteredIdAllocator} and the annotated {@link
 * org.k42j.examples.ids.ClusteredIdAllocator}. The guide is docs/porting.md.
 */
package org.k42j.examples.ids;

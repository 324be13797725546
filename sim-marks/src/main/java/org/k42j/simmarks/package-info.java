/**
 * Marks that tell a NUMA simulation what production code shares outside clustered objects: {@link
 * org.k42j.simmarks.ModeledLine} next to a shared field, {@link org.k42j.simmarks.ModeledLock} next
 * to a lock, {@link org.k42j.simmarks.Modeled} for other costs. Outside a simulation every mark is
 * a constant no-op that the JIT removes; this artifact depends on nothing but the JDK, so a marked
 * class does not pull in the kernel that simulates it.
 */
package org.k42j.simmarks;

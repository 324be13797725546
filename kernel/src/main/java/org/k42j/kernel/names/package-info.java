/**
 * The kernel's name service ({@link org.k42j.kernel.names.NameService}): a clustered object with
 * per-node read-only replicas, registration through its root.
 */
package org.k42j.kernel.names;

/**
 * What the kernel's packages share with one another and with nobody else: not exported by the
 * module. Depends on nothing else of the kernel.
 */
package org.k42j.kernel.internal;

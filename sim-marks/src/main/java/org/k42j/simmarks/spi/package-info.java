/**
 * For a simulator: where the marks report ({@link org.k42j.simmarks.spi.MarkSinks}) and what it
 * implements to hear them ({@link org.k42j.simmarks.spi.MarkSink}). Production code uses the marks
 * in {@link org.k42j.simmarks} and never this package.
 */
package org.k42j.simmarks.spi;

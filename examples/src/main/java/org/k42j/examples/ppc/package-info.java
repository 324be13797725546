/**
 * Protected procedure calls between address spaces: a server exports the {@link
 * org.k42j.examples.ppc.KeyValueService} (annotated {@code @Exported}; the processor generates its
 * stub, skeleton and binding), implemented by the clustered {@link
 * org.k42j.examples.ppc.KeyValueStore}, and clients in other address spaces call it on every
 * processor ({@link org.k42j.examples.ppc.PpcExample}).
 */
package org.k42j.examples.ppc;

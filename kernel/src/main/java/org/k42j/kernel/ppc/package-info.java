/**
 * Protected procedure calls (PPC) between address spaces: {@link org.k42j.kernel.ppc.Ppc} (the
 * kernel's facility, {@code kernel.ppc()}), the handle of an exported object ({@link
 * org.k42j.kernel.ppc.ObjectHandle}), what generated stubs, skeletons and bindings extend and
 * implement ({@link org.k42j.kernel.ppc.Stub}, {@link org.k42j.kernel.ppc.Skeleton}, {@link
 * org.k42j.kernel.ppc.PpcBinding}, {@link org.k42j.kernel.ppc.RemoteObject}, {@link
 * org.k42j.kernel.ppc.ByValue}), and the failures a client sees ({@link
 * org.k42j.kernel.ppc.PpcException} and its subclasses). Package-private: the export table, the
 * per-server, per-processor thread pools, the calls.
 */
package org.k42j.kernel.ppc;

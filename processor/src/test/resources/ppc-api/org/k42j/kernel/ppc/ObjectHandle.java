package org.k42j.kernel.ppc;

/** Copy of the kernel's handle: server pid, slot, generation, exported interface's binary name. */
public record ObjectHandle(int server, int slot, int generation, String exported) {}

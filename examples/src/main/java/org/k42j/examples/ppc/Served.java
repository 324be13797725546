package org.k42j.examples.ppc;

/**
 * Where a call to the {@link KeyValueService} ran.
 *
 * @param processor the virtual processor that ran the call (the caller's)
 * @param addressSpace the address space the call ran in (the server's)
 * @param repProcessor the home processor of the rep that served it
 */
public record Served(int processor, String addressSpace, int repProcessor) {}

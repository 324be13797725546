/**
 * The k42j runtime kernel: machine models, virtual processors, dispatchers, user-level threads,
 * per-processor memory, names, protected procedure calls and the NUMA simulation. Every package is
 * for users (and generated PPC stubs and skeletons); see docs/architecture.md.
 */
module org.k42j.kernel {
  requires transitive org.k42j.runtime;
  requires transitive org.k42j.simmarks;

  exports org.k42j.kernel;
  exports org.k42j.kernel.backend;
  exports org.k42j.kernel.comm;
  exports org.k42j.kernel.dispatch;
  exports org.k42j.kernel.machine;
  exports org.k42j.kernel.memory;
  exports org.k42j.kernel.names;
  exports org.k42j.kernel.ppc;
  exports org.k42j.kernel.process;
  exports org.k42j.kernel.sim;
  exports org.k42j.kernel.vp;

  uses org.k42j.kernel.ppc.PpcBinding;
  uses org.k42j.kernel.sim.Workload;

  provides org.k42j.kernel.sim.Workload with
      org.k42j.kernel.sim.BundledWorkloads.SharedAtomicCounter,
      org.k42j.kernel.sim.BundledWorkloads.SharedLockedCounter,
      org.k42j.kernel.sim.BundledWorkloads.ClusteredCounter,
      org.k42j.kernel.sim.BundledWorkloads.ClusteredCounterGather,
      org.k42j.kernel.sim.BundledWorkloads.SingleRepCounter,
      org.k42j.kernel.sim.BundledWorkloads.KernelSlotAllocator;
}

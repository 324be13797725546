package org.k42j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.k42j.kernel.backend.BatonBackend;
import org.k42j.kernel.backend.ContinuationBackend;
import org.k42j.kernel.backend.ThreadingBackend;
import org.k42j.kernel.dispatch.ShutdownReport;
import org.k42j.kernel.machine.Machine;
import org.k42j.kernel.machine.MachineSpecs;

/**
 * A machine larger than the backend or the host can hold is refused by name before anything starts,
 * quickly, on both backends; the largest allowed still boots and runs.
 */
class MachineSizeTest extends BootedKernel {
  @Test
  void aMachineOf65536ProcessorsIsRefusedAtOnceOnBothBackends() {
    Machine huge = MachineSpecs.parse("16x4096");
    for (ThreadingBackend backend : List.of(new BatonBackend(), new ContinuationBackend())) {
      KernelOptions options = KernelOptions.defaults().withBackend(backend);
      MachineTooLargeException refused =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> assertThrows(MachineTooLargeException.class, () -> Kernel.boot(huge, options)));
      assertEquals(65_536, refused.processors());
      assertEquals(backend.maxProcessors(), refused.limit());
      assertTrue(
          refused.getMessage().contains("the " + backend.name() + " backend hosts at most"),
          refused.getMessage());
      assertTrue(
          refused.getMessage().contains("KernelOptions.withMaxProcessors(n)"),
          refused.getMessage());
      assertEquals(List.of(), KernelThreads.alive(), "nothing was started");
      assertThrows(KernelNotBootedException.class, Kernel::current);
    }
  }

  @Test
  void theBatonRefusalPointsToTheContinuationBackend() {
    MachineTooLargeException refused =
        assertThrows(
            MachineTooLargeException.class,
            () ->
                Kernel.boot(
                    Machine.uniform(1, BatonBackend.MAX_PROCESSORS + 1),
                    KernelOptions.defaults().withBackend(new BatonBackend())));
    assertTrue(refused.getMessage().contains("use the continuation backend"), refused.getMessage());
  }

  @Test
  void theLargestMachineTheDefaultBackendHostsBootsRunsOnItsLastProcessorAndShutsDownClean() {
    KernelOptions options = KernelOptions.defaults();
    int max = options.maxProcessors();
    assertThrows(
        MachineTooLargeException.class, () -> Kernel.boot(Machine.uniform(1, max + 1), options));
    AtomicInteger ran = new AtomicInteger();
    ShutdownReport report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(120),
            () -> {
              boot(Machine.uniform(4, max / 4), options);
              kernel.call(max - 1, ran::incrementAndGet);
              kernel.call(0, ran::incrementAndGet);
              Kernel booted = kernel;
              kernel = null;
              return booted.shutdown();
            });
    assertEquals(2, ran.get());
    assertTrue(report.clean(), report.describe());
    assertEquals(List.of(), KernelThreads.alive());
  }

  @Test
  void theOptionsLimitIsRaisedOrLoweredAndRefusedByName() {
    KernelOptions eight = KernelOptions.defaults().withMaxProcessors(8);
    MachineTooLargeException refused =
        assertThrows(
            MachineTooLargeException.class, () -> Kernel.boot(Machine.uniform(1, 9), eight));
    assertEquals(8, refused.limit());
    assertTrue(
        refused.getMessage().contains("(KernelOptions.maxProcessors)"), refused.getMessage());
    boot(Machine.uniform(2, 4), eight);
    assertEquals(8, kernel.call(7, () -> 8));
    KernelOptions raised = KernelOptions.defaults().withMaxProcessors(100_000);
    assertEquals(100_000, raised.maxProcessors());
    assertThrows(IllegalArgumentException.class, () -> eight.withMaxProcessors(0));
  }

  @Test
  void theSystemPropertySetsTheDefaultLimitAndAMalformedOneIsRefused() {
    String before = System.getProperty(KernelOptions.MAX_PROCESSORS_PROPERTY);
    try {
      System.setProperty(KernelOptions.MAX_PROCESSORS_PROPERTY, "12");
      assertEquals(12, KernelOptions.defaults().maxProcessors());
      System.setProperty(KernelOptions.MAX_PROCESSORS_PROPERTY, "lots");
      IllegalArgumentException malformed =
          assertThrows(IllegalArgumentException.class, KernelOptions::defaults);
      assertTrue(malformed.getMessage().contains("-Dk42j.kernel.maxProcessors=lots"));
      System.clearProperty(KernelOptions.MAX_PROCESSORS_PROPERTY);
      KernelOptions plain = KernelOptions.defaults();
      assertEquals(plain.backend().maxProcessors(), plain.maxProcessors());
    } finally {
      if (before == null) {
        System.clearProperty(KernelOptions.MAX_PROCESSORS_PROPERTY);
      } else {
        System.setProperty(KernelOptions.MAX_PROCESSORS_PROPERTY, before);
      }
    }
  }

  @Test
  void aHostWithoutRoomForTheThreadsRefusesWhateverTheLimit(@TempDir Path root) throws IOException {
    write(root, "proc/loadavg", "0.50 0.40 0.30 2/30000 4242");
    write(root, "proc/sys/kernel/pid_max", "32768");
    write(root, "proc/sys/kernel/threads-max", "192735");
    write(
        root,
        "proc/self/limits",
        "Limit                     Soft Limit           Hard Limit           Units\n"
            + "Max processes             96367                96367                processes\n");
    HostThreads host = HostThreads.read(root);
    assertEquals(2768, host.room().getAsLong());
    assertTrue(host.describe().contains("pid_max 32768"), host.describe());

    Machine machine = Machine.uniform(2, 1024);
    KernelOptions baton = KernelOptions.defaults().withBackend(new BatonBackend());
    MachineTooLargeException refused =
        assertThrows(
            MachineTooLargeException.class, () -> BootCapacity.check(machine, baton, host));
    assertEquals((2768 - BootCapacity.JVM_RESERVE) / 2, refused.limit());
    assertTrue(refused.getMessage().contains("4352 platform threads"), refused.getMessage());
    // one thread per processor fits
    BootCapacity.check(
        machine, KernelOptions.defaults().withBackend(new ContinuationBackend()), host);
    BootCapacity.check(Machine.uniform(2, 600), baton, host);
  }

  @Test
  void theCgroupsPidLimitCountsAndAnUnknownHostLeavesTheBackendsLimit(@TempDir Path root)
      throws IOException {
    assertFalse(HostThreads.read(root).room().isPresent());
    BootCapacity.check(Machine.uniform(4, 1024), KernelOptions.defaults(), HostThreads.read(root));

    write(root, "proc/loadavg", "0.50 0.40 0.30 2/300 4242");
    write(root, "proc/sys/kernel/pid_max", "4194304");
    write(root, "proc/self/cgroup", "0::/user.slice/build\n");
    write(root, "sys/fs/cgroup/user.slice/build/pids.max", "1000");
    write(root, "sys/fs/cgroup/user.slice/build/pids.current", "200");
    assertEquals(800, HostThreads.read(root).room().getAsLong());

    write(root, "proc/self/cgroup", "8:pids:/docker/abc\n0::/\n");
    write(root, "sys/fs/cgroup/pids/docker/abc/pids.max", "700");
    write(root, "sys/fs/cgroup/pids/docker/abc/pids.current", "600");
    HostThreads v1 = HostThreads.read(root);
    assertEquals(100, v1.room().getAsLong());
    assertThrows(
        MachineTooLargeException.class,
        () -> BootCapacity.check(Machine.uniform(1, 2), KernelOptions.defaults(), v1));
  }

  private static void write(Path root, String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }
}

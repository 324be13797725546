package org.k42j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.k42j.runtime.testing.VirtualThreadExecutors;

/**
 * How the caller scan sees virtual threads: which view a JVM gets, and the one warning when it has
 * none while virtual threads run (JDK 21+; the view's choice is checked on every JDK).
 */
@Timeout(60)
class VirtualThreadViewTest {
  @Test
  void aJvmWithoutVirtualThreadsOrToldNotToLookGetsNoView() {
    assertEquals(VirtualThreadView.Kind.NONE, VirtualThreadView.choose("false"));
    if (!VirtualThreads.exist()) {
      assertEquals(VirtualThreadView.Kind.NONE, VirtualThreadView.choose(""));
    }
  }

  @Test
  void theThreadContainersAreTheViewWhereJavaBaseExportsThem() {
    assumeTrue(VirtualThreads.exist(), "virtual threads need JDK 21 or later");
    boolean exported =
        Object.class.getModule().isExported("jdk.internal.vm", VirtualThreadView.class.getModule());
    if (exported) {
      assertEquals(VirtualThreadView.Kind.THREAD_CONTAINERS, VirtualThreadView.choose(""));
      assertEquals(VirtualThreadView.Kind.THREAD_CONTAINERS, VirtualThreadView.KIND);
    } else if (Runtime.version().feature() >= 25) {
      assertEquals(VirtualThreadView.Kind.NONE, VirtualThreadView.choose(""));
    }
  }

  @Test
  void aBlindViewWarnsOnceWhileVirtualThreadsRun() throws Exception {
    ExecutorService virtualThreads = VirtualThreadExecutors.perTaskOrNull();
    assumeTrue(virtualThreads != null, "virtual threads need JDK 21 or later");
    List<String> warnings = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            synchronized (warnings) {
              warnings.add(record.getMessage());
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    VirtualThreadView.forgetWarningForTests(); // a swap earlier in this JVM may have given it
    Logger logger = Logger.getLogger("org.k42j.runtime.lifecycle");
    logger.addHandler(handler);
    AtomicBoolean stop = new AtomicBoolean();
    try {
      for (int i = 0; i < 4; i++) {
        virtualThreads.submit(
            () -> {
              while (!stop.get()) {
                Thread.onSpinWait(); // mounted: its carrier's stack shows it
              }
            });
      }
      boolean warned = false;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!warned && System.nanoTime() < deadline) {
        ThreadInfo[] platform =
            ManagementFactory.getThreadMXBean().dumpAllThreads(false, false, Integer.MAX_VALUE);
        assertFalse(
            VirtualThreadView.warnIfBlind(VirtualThreadView.Kind.THREAD_CONTAINERS, platform),
            "a view that sees virtual threads never warns");
        warned = VirtualThreadView.warnIfBlind(VirtualThreadView.Kind.NONE, platform);
      }
      assertTrue(warned, "no warning while virtual threads ran");
      ThreadInfo[] again =
          ManagementFactory.getThreadMXBean().dumpAllThreads(false, false, Integer.MAX_VALUE);
      assertFalse(
          VirtualThreadView.warnIfBlind(VirtualThreadView.Kind.NONE, again), "warned twice");
      synchronized (warnings) {
        assertEquals(List.of(VirtualThreadView.BLIND_WARNING), warnings);
      }
    } finally {
      stop.set(true);
      virtualThreads.shutdown();
      virtualThreads.awaitTermination(30, TimeUnit.SECONDS);
      logger.removeHandler(handler);
    }
  }
}

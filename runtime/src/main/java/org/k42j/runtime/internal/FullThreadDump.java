package org.k42j.runtime.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JDK's own thread dump in JSON ({@code HotSpotDiagnosticMXBean.dumpThreads}, JDK 21 and
 * later), the one view of a running JVM that includes virtual threads: the caller scan's way to see
 * calls on virtual threads without any cost on the call path. Reached by reflection, since the
 * runtime is compiled for and runs on JDK 17, where neither the method nor virtual threads exist.
 *
 * <p>Each dump writes a file (the only form the API offers), reads it back and deletes it; a thread
 * is taken as its id and the class names of its frames. Frames are {@code StackTraceElement}
 * strings, optionally prefixed by a class loader and module ({@code java.base/java.lang.Thread.run(
 * Thread.java:1583)}), with {@code /} escaped as {@code \/} by the JSON writer.
 *
 * <p>Invariants: {@link #available()} is fixed at class initialization; a dump that fails (an I/O
 * error, a JDK that refuses) throws, and the caller scan never takes a failed dump for an empty
 * one.
 */
final class FullThreadDump {
  private static final Method DUMP_THREADS;
  private static final Object JSON;
  private static final Object BEAN;
  private static final AtomicLong DUMPS = new AtomicLong();

  static {
    Method dump = null;
    Object json = null;
    Object bean = null;
    try {
      Class<?> beanType = Class.forName("com.sun.management.HotSpotDiagnosticMXBean");
      Class<?> format =
          Class.forName("com.sun.management.HotSpotDiagnosticMXBean$ThreadDumpFormat");
      dump = beanType.getMethod("dumpThreads", String.class, format);
      json = format.getField("JSON").get(null);
      bean =
          ManagementFactory.getPlatformMXBean(
              beanType.asSubclass(java.lang.management.PlatformManagedObject.class));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError absent) {
      dump = null; // JDK 17-20, or no jdk.management module: no virtual threads to see either
    }
    DUMP_THREADS = dump;
    JSON = json;
    BEAN = bean;
  }

  private FullThreadDump() {}

  /** Whether this JDK offers the dump (JDK 21 and later, with jdk.management). */
  static boolean available() {
    return DUMP_THREADS != null && BEAN != null;
  }

  /** One dumped thread: its id and its frames' class names, innermost first. */
  record DumpedThread(long id, List<String> frameClasses) {}

  /** Every thread of the JVM, platform and virtual, as the JDK dumps them now. */
  static List<DumpedThread> dump() {
    Path file = null;
    try {
      Path directory = Files.createTempDirectory("k42j-scan");
      file = directory.resolve("threads-" + DUMPS.incrementAndGet() + ".json");
      DUMP_THREADS.invoke(BEAN, file.toAbsolutePath().toString(), JSON);
      String text = Files.readString(file);
      Files.delete(file);
      Files.delete(directory);
      return parse(text);
    } catch (IOException e) {
      throw new UncheckedIOException("the JDK's thread dump could not be written or read", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the JDK's thread dump failed: " + e.getCause(), e);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("the JDK's thread dump is not accessible", e);
    }
  }

  /**
   * The threads of a JSON dump: each {@code "tid": "n"} starts a thread, and the strings of the
   * {@code "stack"} array that follows are its frames.
   */
  static List<DumpedThread> parse(String json) {
    List<DumpedThread> threads = new ArrayList<>();
    int at = 0;
    while ((at = json.indexOf("\"tid\"", at)) >= 0) {
      int idStart = json.indexOf('"', json.indexOf(':', at) + 1) + 1;
      int idEnd = json.indexOf('"', idStart);
      long id = Long.parseLong(json.substring(idStart, idEnd));
      int nextThread = json.indexOf("\"tid\"", idEnd);
      int stack = json.indexOf("\"stack\"", idEnd);
      List<String> classes = new ArrayList<>();
      if (stack >= 0 && (nextThread < 0 || stack < nextThread)) {
        int open = json.indexOf('[', stack);
        int close = json.indexOf(']', open);
        int frame = json.indexOf('"', open);
        while (frame >= 0 && frame < close) {
          int end = json.indexOf('"', frame + 1);
          classes.add(frameClass(json.substring(frame + 1, end)));
          frame = json.indexOf('"', end + 1);
        }
        at = close;
      } else {
        at = idEnd;
      }
      threads.add(new DumpedThread(id, classes));
    }
    return threads;
  }

  /** {@code org.x.Y} of {@code app\/org.x.Y.m(Y.java:3)}: before the method, after any prefix. */
  static String frameClass(String frame) {
    String text = frame.replace("\\/", "/");
    int paren = text.indexOf('(');
    String qualified = paren < 0 ? text : text.substring(0, paren);
    qualified = qualified.substring(qualified.lastIndexOf('/') + 1);
    int method = qualified.lastIndexOf('.');
    return method < 0 ? qualified : qualified.substring(0, method);
  }
}

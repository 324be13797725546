package org.k42j.runtime.testing;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;

/** Virtual threads for tests compiled for Java 17: reached by reflection on JDK 21 and later. */
public final class VirtualThreadExecutors {
  private VirtualThreadExecutors() {}

  /** {@code Executors.newVirtualThreadPerTaskExecutor()} on JDK 21+, or null on 17-20. */
  public static ExecutorService perTaskOrNull() {
    try {
      Method factory =
          java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
      return (ExecutorService) factory.invoke(null);
    } catch (NoSuchMethodException e) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}

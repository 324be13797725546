package org.k42j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The guard's written state (owner word, hold count, move flag, departures, waiters' stack, queue
 * and successor) sits on a cache line of its own in the running JVM's layout: nothing but padding
 * and the guard's own state lies within a line's reach (63 bytes) of it, so neither the object
 * before the guard in memory, nor the guard's header, nor the generated subclass's fields share its
 * line.
 */
class RepGuardLayoutTest {
  private static final int LINE = 64;
  private static final Set<String> WRITTEN =
      Set.of("owner", "holds", "moveOnRelease", "departures", "waiters", "queue", "succ");

  /** Fields of the guard's state block that are only read (by contending threads). */
  private static final Set<String> STATE_READ_ONLY = Set.of("core");

  @Test
  void theWrittenGuardStateHasACacheLineToItself() throws Exception {
    sun.misc.Unsafe unsafe = unsafe();
    List<Placed> fields = new ArrayList<>();
    for (Class<?> c = Class.forName("org.k42j.runtime.fixture.Counter_Guard");
        c != Object.class;
        c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          long offset = unsafe.objectFieldOffset(field);
          fields.add(new Placed(field.getName(), offset, offset + size(field.getType())));
        }
      }
    }
    long first = Long.MAX_VALUE;
    long end = 0;
    long headerEnd = Long.MAX_VALUE; // the first field starts where the header ends
    long objectEnd = 0;
    for (Placed field : fields) {
      headerEnd = Math.min(headerEnd, field.start);
      objectEnd = Math.max(objectEnd, field.end);
      if (WRITTEN.contains(field.name)) {
        first = Math.min(first, field.start);
        end = Math.max(end, field.end);
      }
    }
    String layout = fields.toString();
    // The header (and, before it, another object) must be out of reach of the first state byte.
    assertTrue(first - (LINE - 1) >= headerEnd, "state within a line of the header: " + layout);
    assertTrue(objectEnd >= end + LINE - 1, "too little padding after the state: " + layout);
    for (Placed field : fields) {
      boolean near = field.start < end + LINE - 1 && field.end > first - (LINE - 1);
      boolean allowed =
          WRITTEN.contains(field.name)
              || STATE_READ_ONLY.contains(field.name)
              || field.name.matches("p\\d\\d");
      assertTrue(!near || allowed, field.name + " shares a line with the guard state: " + layout);
    }
  }

  private static int size(Class<?> type) {
    if (type == long.class || type == double.class) {
      return 8;
    }
    if (type == int.class || type == float.class) {
      return 4;
    }
    if (type == short.class || type == char.class) {
      return 2;
    }
    if (type == byte.class || type == boolean.class) {
      return 1;
    }
    return unsafe().arrayIndexScale(Object[].class); // a reference: 4 or 8 bytes
  }

  private static sun.misc.Unsafe unsafe() {
    try {
      Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
      field.setAccessible(true);
      return (sun.misc.Unsafe) field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static final class Placed {
    final String name;
    final long start;
    final long end;

    Placed(String name, long start, long end) {
      this.name = name;
      this.start = start;
      this.end = end;
    }

    @Override
    public String toString() {
      return name + "@" + start;
    }
  }
}

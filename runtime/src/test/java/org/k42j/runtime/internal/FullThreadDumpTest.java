package org.k42j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the JDK's JSON thread dump: thread ids and their frames' class names. */
class FullThreadDumpTest {
  @Test
  void framesAreReadAsClassNamesWhateverTheirPrefix() {
    assertEquals(
        "java.lang.Thread",
        FullThreadDump.frameClass("java.base\\/java.lang.Thread.run(Thread.java:1583)"));
    assertEquals("org.x.Y$Z", FullThreadDump.frameClass("app\\/\\/org.x.Y$Z.m(Y.java:3)"));
    assertEquals("org.x.Y", FullThreadDump.frameClass("org.x.Y.m(Native Method)"));
  }

  @Test
  void everyThreadOfEveryContainerIsRead() {
    String json =
        "{\"threadDump\": {\"threadContainers\": ["
            + "{\"container\": \"<root>\", \"threads\": ["
            + "{\"tid\": \"3\", \"name\": \"main\", \"stack\": [\"a.B.c(B.java:1)\", \"java.base\\/java.lang.Thread.run(Thread.java:9)\"]},"
            + "{\"tid\": \"12\", \"name\": \"idle\", \"stack\": []}]},"
            + "{\"container\": \"pool\", \"threads\": ["
            + "{\"tid\": \"40\", \"virtual\": true, \"stack\": [\"p.Q.r(Q.java:2)\"]}]}]}}";
    List<FullThreadDump.DumpedThread> threads = FullThreadDump.parse(json);
    assertEquals(3, threads.size());
    assertEquals(
        new FullThreadDump.DumpedThread(3, List.of("a.B", "java.lang.Thread")), threads.get(0));
    assertEquals(new FullThreadDump.DumpedThread(12, List.of()), threads.get(1));
    assertEquals(new FullThreadDump.DumpedThread(40, List.of("p.Q")), threads.get(2));
  }
}

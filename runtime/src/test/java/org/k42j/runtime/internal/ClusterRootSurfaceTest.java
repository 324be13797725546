package org.k42j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.k42j.annotations.Policy;

/**
 * What a user's {@code @Root} class inherits from the runtime: the hooks its generated root base
 * fills in and what root code may read, nothing of the machinery that runs the object (the miss
 * path, the row, visits, contention, liveness, machine changes), which generated code reaches
 * through the object's {@link RootCore}.
 */
class ClusterRootSurfaceTest {
  @Test
  void aUsersRootInheritsTheHooksAndTheReadersOnly() {
    Set<String> inherited = new TreeSet<>();
    for (Method method : ClusterRoot.class.getDeclaredMethods()) {
      int modifiers = method.getModifiers();
      if (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) {
        inherited.add(method.getName());
      }
    }
    assertEquals(
        new TreeSet<>(
            Set.of(
                // hooks
                "newRow",
                "newMissObject",
                "newRep",
                "guard",
                "cleanup",
                "transfersState",
                "exportState",
                "importState",
                "versionOf",
                "primaryRepClass",
                // what root code reads
                "forEachEntry",
                "reps",
                "policy",
                "coid",
                "handle",
                "contract",
                "stats",
                "toString")),
        inherited);
  }

  @Test
  void theMachineryIsTheCoresAndGeneratedCodeReachesIt() {
    for (String name :
        Set.of(
            "miss",
            "row",
            "entryAt",
            "repSlots",
            "beginVisit",
            "endVisit",
            "contended",
            "checkActive",
            "isEntry")) {
      assertTrue(
          Set.of(RootCore.class.getMethods()).stream().anyMatch(m -> m.getName().equals(name)),
          name);
      assertFalse(
          Set.of(ClusterRoot.class.getMethods()).stream().anyMatch(m -> m.getName().equals(name)),
          name + " is inherited by users' roots");
    }
    assertFalse(
        Set.of(ClusterRoot.class.getMethods()).stream()
            .anyMatch(m -> m.getName().equals("machineChanged")),
        "machineChanged is inherited by users' roots");
  }

  @Test
  void theCoreIsTheRootsOwn() {
    IdleRoot root = new IdleRoot("surface.Idle");
    assertTrue(RootCore.of(root).root() == root);
    assertEquals(Policy.PER_PROCESSOR, root.policy());
  }
}

package org.k42j.runtime.internal;

import java.lang.reflect.Field;
import org.k42j.runtime.ClusteredObjectException;

/**
 * What the reps of a hot swap's new rep set are made of: the current rep class (a swap of policy
 * only, or an adaptive shrink), the contract's {@code @Rep} class, or one of its {@link
 * RepClassVersion}s.
 *
 * <p>Invariants: a target that changes the version names a version of the swapped object's
 * contract, or null for its {@code @Rep} class; both are checked when the target is made, before
 * the swap starts.
 */
final class SwapTarget {
  static final SwapTarget SAME_CLASS = new SwapTarget(false, null);

  private final boolean changesVersion;
  private final RepClassVersion<?> version;

  private SwapTarget(boolean changesVersion, RepClassVersion<?> version) {
    this.changesVersion = changesVersion;
    this.version = version;
  }

  /** Whether the new reps are of another class than the current ones may be. */
  boolean changesVersion() {
    return changesVersion;
  }

  /** The version of the new reps, null for the contract's {@code @Rep} class. */
  RepClassVersion<?> version() {
    return version;
  }

  /** The target {@code version} of {@code root}'s contract. */
  static SwapTarget of(RootCore<?> core, RepClassVersion<?> version) {
    if (version == null) {
      throw new NullPointerException("version is null; pass a generated <Rep>_Version.VERSION");
    }
    ClusterRoot<?, ?> root = core.root();
    if (!version.contract().equals(root.contract())) {
      throw new ClusteredObjectException(
          version.repClass().getName()
              + " is a version of "
              + version.contract()
              + ", not of "
              + root.contract()
              + "; swap "
              + root
              + " to a @RepVersion of its own contract");
    }
    return version.repClass() == root.primaryRepClass()
        ? new SwapTarget(true, null)
        : new SwapTarget(true, version);
  }

  /**
   * The target {@code repClass} of {@code root}'s contract: its {@code @Rep} class, or a version
   * found as the generated {@code <prefix>_Version} in the contract's package.
   */
  static SwapTarget find(RootCore<?> core, Class<?> repClass) {
    if (repClass == null) {
      throw new NullPointerException("repClass is null; pass the rep class to swap to");
    }
    ClusterRoot<?, ?> root = core.root();
    if (repClass == root.primaryRepClass()) {
      return new SwapTarget(true, null);
    }
    RepClassVersion<?> known = root.versionOf(repClass);
    if (known != null) {
      return of(core, known);
    }
    String name = root.handle().getClass().getPackageName() + "." + prefix(repClass) + "_Version";
    try {
      Class<?> generated = Class.forName(name, true, repClass.getClassLoader());
      Field constant = generated.getDeclaredField("VERSION");
      constant.setAccessible(true);
      Object version = constant.get(null);
      if (version instanceof RepClassVersion
          && ((RepClassVersion<?>) version).repClass() == repClass) {
        return of(core, (RepClassVersion<?>) version);
      }
    } catch (ClassNotFoundException | NoSuchFieldException | IllegalAccessException missing) {
      // reported below
    } catch (RuntimeException inaccessible) { // InaccessibleObjectException on JDK 9+
      // reported below
    }
    throw new ClusteredObjectException(
        repClass.getName()
            + " is neither the @Rep class of "
            + root.contract()
            + " nor one of its versions (there is no generated "
            + name
            + "); annotate it @RepVersion(of = <the contract's @Rep class>.class) and compile it"
            + " with the k42j processor (for an object declared at run time: declare it with"
            + " version(...) in its declaration)");
  }

  /** Simple names from the outermost class inward, joined with {@code _}, as the processor does. */
  private static String prefix(Class<?> type) {
    String prefix = type.getSimpleName();
    Class<?> outer = type.getEnclosingClass();
    while (outer != null) {
      prefix = outer.getSimpleName() + "_" + prefix;
      outer = outer.getEnclosingClass();
    }
    return prefix;
  }
}

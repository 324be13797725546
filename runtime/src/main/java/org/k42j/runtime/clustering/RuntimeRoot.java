package org.k42j.runtime.clustering;

import java.lang.reflect.Array;
import java.util.List;
import java.util.function.Consumer;
import org.k42j.runtime.ClusteredObjectException;
import org.k42j.runtime.internal.ClusterRoot;
import org.k42j.runtime.internal.RepClassVersion;
import org.k42j.runtime.internal.RootCore;

/**
 * The root of every run-time clustered object: the runtime's {@link ClusterRoot} (rep set, misses
 * under the policy, guards, destroy, statistics, exactly as under a processor-generated root base),
 * with its four factory hooks served by the declaration instead of generated code. It also holds
 * the declaration's root object, if any.
 */
final class RuntimeRoot extends ClusterRoot<Object, Object> {
  private final ClusteredType<?> type;
  private final Class<?> contract;
  // Set once by create(), before the dispatcher attaches and so before any rep is made.
  private Object rootObject;
  private volatile Class<?> firstRepClass;

  RuntimeRoot(ClusteredType<?> type) {
    super(
        type.model().contract().getCanonicalName(),
        type.model().policy(),
        type.model().clusterSize(),
        type.model().concurrency());
    this.type = type;
    this.contract = type.model().contract();
  }

  void bindRootObject(Object root) {
    this.rootObject = root;
  }

  Object rootObject() {
    return rootObject;
  }

  /** The rep class for messages: the declared class, else the class of the first rep made. */
  String repName() {
    Class<?> declared = type.model().reps().type();
    Class<?> seen = declared != null ? declared : firstRepClass;
    return seen == null ? "the rep" : ReflectedNames.simple(seen);
  }

  @Override
  protected Object[] newRow(int length) {
    return (Object[]) Array.newInstance(contract, length); // an array of the contract type
  }

  @Override
  protected Object newMissObject(RootCore<Object> core) {
    return type.classes().newMiss(core);
  }

  @Override
  protected Object newRep() {
    Object rep = type.makeRep(rootObject);
    if (rep == null) {
      throw new ClusteredObjectException(
          "the rep maker of "
              + ReflectedNames.simple(contract)
              + " returned null; return a new object implementing "
              + ReflectedNames.simple(contract)
              + " from every call");
    }
    if (!contract.isInstance(rep)) {
      throw new ClusteredObjectException(
          "the rep maker of "
              + ReflectedNames.simple(contract)
              + " returned a "
              + rep.getClass().getName()
              + ", which does not implement "
              + ReflectedNames.simple(contract)
              + "; return objects implementing it");
    }
    if (firstRepClass == null) {
      if (type.model().reps().type() == null) {
        DefaultBodies.checkMadeRep(contract, rep.getClass(), type.model().methods());
      }
      firstRepClass = rep.getClass();
    } else if (rep.getClass() != firstRepClass && type.model().reps().type() == null) {
      DefaultBodies.checkMadeRep(contract, rep.getClass(), type.model().methods());
    }
    return rep;
  }

  @Override
  protected Object guard(RootCore<Object> core, Object rep) {
    return type.classes().newGuard(core, rep);
  }

  /** The declared rep class, else the class of the first rep the maker made (null before). */
  @Override
  protected Class<?> primaryRepClass() {
    Class<?> declared = type.model().reps().type();
    return declared != null ? declared : firstRepClass;
  }

  /**
   * A version the declaration names ({@code version(...)}), as the runtime's {@link
   * RepClassVersion}.
   */
  @Override
  protected RepClassVersion<Object> versionOf(Class<?> repClass) {
    for (ClusterModel.Version version : type.model().versions()) {
      if (version.repClass() == repClass) {
        return new DeclaredVersion(version);
      }
    }
    return null;
  }

  /** A declared version: its maker, this object's guards, its state functions. */
  private final class DeclaredVersion extends RepClassVersion<Object> {
    private final ClusterModel.Version version;

    DeclaredVersion(ClusterModel.Version version) {
      super(RuntimeRoot.this.contract(), version.repClass());
      this.version = version;
    }

    @Override
    protected Object newRep(ClusterRoot<Object, ?> root) {
      Object rep = version.maker().get();
      if (!version.repClass().isInstance(rep)) {
        throw new ClusteredObjectException(
            "the rep maker of the version "
                + ReflectedNames.simple(version.repClass())
                + " of "
                + ReflectedNames.simple(contract)
                + " returned "
                + (rep == null ? "null" : "a " + rep.getClass().getName())
                + "; return a new "
                + ReflectedNames.simple(version.repClass())
                + " from every call");
      }
      return rep;
    }

    @Override
    protected Object guard(RootCore<Object> core, Object rep) {
      return type.classes().newGuard(core, rep);
    }

    @Override
    protected Object exportState(Object rep) {
      return version.exportState().apply(rep);
    }

    @Override
    protected void importState(Object rep, List<Object> exported) {
      version.importState().accept(rep, exported);
    }
  }

  @Override
  protected boolean transfersState() {
    return type.model().stateTransfer() != null;
  }

  @Override
  protected Object exportState(Object rep) {
    return stateTransfer().exportState().apply(stateRep(rep));
  }

  @Override
  protected void importState(Object rep, List<Object> exported) {
    stateTransfer().importState().accept(stateRep(rep), exported);
  }

  private ClusterModel.StateTransfer stateTransfer() {
    ClusterModel.StateTransfer transfer = type.model().stateTransfer();
    if (transfer == null) {
      throw new ClusteredObjectException(
          ReflectedNames.simple(contract)
              + " cannot be hot swapped: its declaration says nothing about moving a rep's state;"
              + " add stateTransfer(RepClass.class, rep -> state, (rep, states) -> ...) to it");
    }
    return transfer;
  }

  private Object stateRep(Object rep) {
    Class<?> repType = stateTransfer().repType();
    if (!repType.isInstance(rep)) {
      throw new ClusteredObjectException(
          "the state transfer of "
              + ReflectedNames.simple(contract)
              + " is declared for reps of "
              + repType.getName()
              + ", but a rep is a "
              + rep.getClass().getName()
              + "; declare it for the class the rep maker returns");
    }
    return rep;
  }

  /** What the declaration's root object sees: the rep set, without the root's own controls. */
  RepSet<Object> repSet() {
    return new RepSet<>() {
      @Override
      public void forEachEntry(Consumer<? super Object> action) {
        RuntimeRoot.this.forEachEntry(action);
      }

      @Override
      @SuppressWarnings("unchecked")
      public <P> List<P> reps(Class<P> repType) {
        List<Object> reps = RuntimeRoot.this.reps(); // an unmodifiable snapshot
        for (Object rep : reps) {
          if (!repType.isInstance(rep)) {
            throw new ClusteredObjectException(
                "a rep of "
                    + ReflectedNames.simple(contract)
                    + " is a "
                    + rep.getClass().getName()
                    + ", not a "
                    + repType.getName()
                    + "; ask for the class (or a supertype) of the reps the declaration makes");
          }
        }
        return (List<P>) reps; // every element checked above
      }

      @Override
      public String toString() {
        return "reps of " + RuntimeRoot.this;
      }
    };
  }
}

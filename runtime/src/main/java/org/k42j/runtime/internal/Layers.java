package org.k42j.runtime.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link CallLayer}s installed on one clustered object (users' interceptions, and a running hot
 * swap's {@link Mediator}, always outermost), and the visible entries they make: each rep's call
 * entry behind every layer, the innermost first.
 *
 * <p>Invariants: every method runs under the root's lock; the list is replaced, never changed in
 * place; after every change the caller rebuilds the visible entries ({@link #rebuild}) and empties
 * the row, so that the next call of every processor installs an entry behind exactly the layers
 * installed now (as K42 resets the translation entries of an object it interposes on).
 */
final class Layers {
  private final String contract;
  private List<CallLayer> installed = List.of(); // innermost first; the mediator, if any, last
  private Class<?> contractType; // the contract as a class, found from the dispatcher when needed

  Layers(String contract) {
    this.contract = contract;
  }

  /** {@code layer} added as the innermost of the users' layers' outside: below a mediator. */
  void addUnderMediator(CallLayer layer, boolean mediatorInstalled) {
    List<CallLayer> layers = new ArrayList<>(installed);
    layers.add(mediatorInstalled ? layers.size() - 1 : layers.size(), layer);
    installed = List.copyOf(layers);
  }

  /** {@code layer} added outermost (a hot swap's mediator: a held call waits before any other). */
  void addOutermost(CallLayer layer) {
    List<CallLayer> layers = new ArrayList<>(installed);
    layers.add(layer);
    installed = List.copyOf(layers);
  }

  /** Removes {@code layer}; false when it was not installed. */
  boolean remove(CallLayer layer) {
    if (!installed.contains(layer)) {
      return false;
    }
    List<CallLayer> layers = new ArrayList<>(installed);
    layers.remove(layer);
    installed = List.copyOf(layers);
    return true;
  }

  /** Removes every mediator: a new rep set's entries get the users' layers only. */
  void removeMediators() {
    List<CallLayer> layers = new ArrayList<>(installed);
    layers.removeIf(layer -> layer instanceof Mediator);
    installed = List.copyOf(layers);
  }

  /** {@code entry} behind every installed layer; the entry itself when none is installed. */
  Object decorate(Object entry, DispatcherBase handle) {
    return decorate(entry, handle, true);
  }

  /**
   * {@code entry} behind every installed layer but a swap's mediator: a visited entry (a visit
   * takes part in a swap at its start, {@code RootCore.beginVisit}, and a visit that began before
   * the swap is waited for by its caller scan, which would not see it if its calls to the reps
   * passed the mediator).
   */
  Object decorateForVisits(Object entry, DispatcherBase handle) {
    return decorate(entry, handle, false);
  }

  private Object decorate(Object entry, DispatcherBase handle, boolean withMediator) {
    Object decorated = entry;
    for (CallLayer layer : installed) {
      if (withMediator || !(layer instanceof Mediator)) {
        decorated = LayeredEntry.wrap(contractType(handle), layer, decorated, handle);
      }
    }
    return decorated;
  }

  /** Rebuilds every visible and visited entry of {@code set} behind the installed layers. */
  void rebuild(RepSlots set, DispatcherBase handle) {
    for (int slot = 0; slot < set.length(); slot++) {
      Object entry = set.entries.get(slot);
      if (entry != null) {
        set.visible.set(slot, decorate(entry, handle));
        set.visited.set(slot, decorateForVisits(entry, handle));
      }
    }
  }

  /** The contract as a class: the interface of the dispatcher named like it. */
  private Class<?> contractType(DispatcherBase handle) {
    if (contractType == null) {
      for (Class<?> type : handle.getClass().getInterfaces()) {
        if (type.getName().equals(contract)) {
          contractType = type;
        }
      }
    }
    return contractType;
  }
}

package org.k42j.runtime.clustering.internal;

import org.k42j.runtime.Processors;
import org.k42j.runtime.internal.ClusterRoot;
import org.k42j.runtime.internal.DispatcherBase;
import org.k42j.runtime.internal.RootCore;

/**
 * Base of the dispatchers the run-time clustering path generates: the same translation row and hit
 * path as a processor-generated {@code Contract_Dispatcher}. The generated subclass implements the
 * contract: a plain method is {@code ((Contract) rep$()).m(args)}, a gather, broadcast or on-root
 * method is {@code route$(index, args)}.
 *
 * <p>The row is declared {@code Object[]} but is always an array of the contract type (the root's
 * {@code newRow}), so the generated cast to the contract is a class check the JIT profiles away.
 * Member names end in {@code $} so that they cannot clash with a contract's methods (the
 * declaration check refuses contracts that declare them).
 */
public abstract class RuntimeDispatcher extends DispatcherBase {
  private final RootCore<?> core;
  private final Route[] routes;
  private Object[] row;

  /** Binds the new dispatcher to {@code root}; {@code routes} are indexed as the subclass calls. */
  protected RuntimeDispatcher(ClusterRoot<?, ?> root, Route[] routes) {
    super(root);
    this.core = RootCore.of(root);
    this.routes = routes;
    this.row = core.row();
  }

  /**
   * The calling processor's row entry: a rep, its guard or the miss object. A negative id (a faulty
   * identity) compares unsigned as beyond the row, so the root refuses it.
   */
  protected final Object rep$() {
    Object[] row = this.row;
    int processor = Processors.current();
    return Integer.compareUnsigned(processor, row.length) < 0
        ? row[processor]
        : core.miss(processor);
  }

  /** Runs route {@code index} (a gather, broadcast or on-root method). */
  protected final Object route$(int index, Object[] arguments) throws Throwable {
    return routes[index].call(arguments);
  }

  @Override
  protected final void installRow(Object[] row) {
    this.row = row;
  }
}

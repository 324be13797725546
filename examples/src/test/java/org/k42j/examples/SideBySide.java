package org.k42j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.k42j.runtime.Processors;
import org.k42j.runtime.spi.UniformTopology;

/**
 * Drives several forms of one service (the locked original and its clustered ports) with the same
 * operations, each issued from a thread pinned to a chosen processor, so the clustered forms get
 * one rep per processor used; compares what each form returned or threw. Close it to stop the
 * threads and restore the previous processor identity.
 *
 * @param <S> the service interface every form implements
 */
public final class SideBySide<S> implements AutoCloseable {
  /** What an operation did: its result, or the class and message of what it threw. */
  public record Outcome(Object result, Class<?> thrown, String message) {}

  private final PinnedIdentity identity;
  private final Processors.Installation previous;
  private final List<ExecutorService> processors = new ArrayList<>();
  private final Map<String, S> forms = new LinkedHashMap<>();

  /** Installs a pinned identity of {@code count} processors and starts one thread on each. */
  public SideBySide(int count) throws Exception {
    identity = new PinnedIdentity(count);
    previous = Processors.install(identity, UniformTopology.single());
    for (int p = 0; p < count; p++) {
      int processor = p;
      ExecutorService executor = Executors.newSingleThreadExecutor();
      executor.submit(() -> identity.pin(processor)).get();
      processors.add(executor);
    }
  }

  /**
   * Adds a form under {@code name}; create clustered forms after the constructor installed the
   * identity.
   */
  public SideBySide<S> form(String name, S service) {
    forms.put(name, service);
    return this;
  }

  /** The forms, by name. */
  public Map<String, S> forms() {
    return forms;
  }

  /** What {@code operation} does to each form on {@code processor}, by form name. */
  public Map<String, Outcome> outcomes(int processor, Function<S, Object> operation)
      throws InterruptedException {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (String name : forms.keySet()) {
      outcomes.put(name, outcome(name, processor, operation));
    }
    return outcomes;
  }

  /** What {@code operation} does to the form {@code name} on {@code processor}. */
  public Outcome outcome(String name, int processor, Function<S, Object> operation)
      throws InterruptedException {
    S form = forms.get(name);
    try {
      return processors
          .get(processor)
          .submit(
              () -> {
                try {
                  return new Outcome(operation.apply(form), null, null);
                } catch (RuntimeException e) {
                  return new Outcome(null, e.getClass(), e.getMessage());
                }
              })
          .get();
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    }
  }

  /**
   * Runs {@code operation} on every form on {@code processor}, requires every form to do what the
   * first one did, and returns that.
   */
  public Outcome same(int processor, Function<S, Object> operation, String what)
      throws InterruptedException {
    Map<String, Outcome> outcomes = outcomes(processor, operation);
    Outcome first = outcomes.values().iterator().next();
    outcomes.forEach((name, outcome) -> assertEquals(first, outcome, name + ": " + what));
    return first;
  }

  @Override
  public void close() {
    processors.forEach(ExecutorService::shutdownNow);
    previous.close();
  }
}

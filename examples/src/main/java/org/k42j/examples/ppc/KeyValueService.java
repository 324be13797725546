package org.k42j.examples.ppc;

import org.k42j.annotations.Async;
import org.k42j.annotations.Exported;

/**
 * A key-value service a server address space exports to its clients. Each call is a protected
 * procedure call: it runs on the client's virtual processor, in the server's address space, on a
 * server thread, while the client thread waits; {@link #hit} is one-way.
 *
 * <pre>{@code
 * KeyValueService kv = kernel.ppc().lookup("kv", KeyValueService.class);
 * kv.put("greeting", "hello");
 * kv.hit("greetings");                 // asynchronous: returns at once
 * String value = kv.get("greeting");
 * }</pre>
 */
@Exported
public interface KeyValueService {
  /** The value stored under {@code key}, or null. */
  String get(String key);

  /** Stores {@code value} under {@code key} and returns the value it replaces, or null. */
  String put(String key, String value);

  /** Stores {@code batch.value()} under every key of the batch; returns how many were new. */
  int putAll(Batch batch);

  /** The last batch stored by {@link #putAll}, or null (an audit of the last bulk write). */
  Batch lastBatch();

  /** Counts one hit on {@code counter}; one-way, the caller does not wait. */
  @Async
  void hit(String counter);

  /** The hits counted on {@code counter}, summed over every processor. */
  long hits(String counter);

  /** Every key stored, sorted. */
  String[] keys();

  /** Where this call was served. */
  Served served();
}

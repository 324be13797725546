package org.k42j.runtime.testing;

import java.util.concurrent.locks.LockSupport;
import org.k42j.runtime.spi.Parking;
import org.k42j.runtime.spi.ProcessorIdentity;

/**
 * A {@link DeclaredIdentity} whose waiters are not threads but a token per thread, as a kernel's
 * user-level threads are: the runtime then cannot hand a waiter's requests to the caller scan (it
 * samples threads), so a grace period waits for them. Parks and unparks the token's thread.
 */
public final class TokenWaiterIdentity implements ProcessorIdentity {
  private static final ThreadLocal<Token> TOKENS = ThreadLocal.withInitial(Token::new);

  private final DeclaredIdentity processors;
  private final Parking parking = new TokenParking();

  /** An identity with {@code count} processors on which several waiters may run at once. */
  public TokenWaiterIdentity(int count) {
    this.processors = new DeclaredIdentity(count);
  }

  @Override
  public int count() {
    return processors.count();
  }

  @Override
  public int current() {
    return processors.current();
  }

  @Override
  public Parking parking() {
    return parking;
  }

  /** The calling thread's waiter: named "waiter of 'thread name'". */
  static final class Token {
    final Thread thread = Thread.currentThread();

    @Override
    public String toString() {
      return "waiter of '" + thread.getName() + "'";
    }
  }

  private static final class TokenParking implements Parking {
    @Override
    public Object waiter() {
      return TOKENS.get();
    }

    @Override
    public void park() {
      LockSupport.park(this);
    }

    @Override
    public void parkNanos(long nanos) {
      LockSupport.parkNanos(this, nanos);
    }

    @Override
    public void unpark(Object waiter) {
      LockSupport.unpark(((Token) waiter).thread);
    }

    @Override
    public void pause() {
      Thread.yield();
    }
  }
}

package sample.routing;

import org.k42j.annotations.Rep;

@Rep
public final class ChainRep implements Chain {
  private long total;

  public ChainRep() {}

  @Override
  public Chain add(long delta) {
    total += delta;
    return this;
  }

  @Override
  public Object self() {
    return this;
  }

  @Override
  public long total() {
    return total;
  }

  @Override
  public String label() {
    return "rep of " + total;
  }

  @Override
  public String toString() {
    return "[" + total + "]";
  }

  @Override
  public int hashCode() {
    return (int) total;
  }
}

package sample.cache;

import org.k42j.annotations.Combiner;

/** Keeps the longest string (the first of equal ones). */
public final class Longest implements Combiner<String> {
  @Override
  public String identity() {
    return "";
  }

  @Override
  public String combine(String accumulated, String next) {
    return next.length() > accumulated.length() ? next : accumulated;
  }
}

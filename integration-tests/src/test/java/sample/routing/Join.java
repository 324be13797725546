package sample.routing;

import org.k42j.annotations.Combiner;

public final class Join implements Combiner<String> {
  public Join() {}

  @Override
  public String identity() {
    return "";
  }

  @Override
  public String combine(String a, String b) {
    return a + b;
  }
}

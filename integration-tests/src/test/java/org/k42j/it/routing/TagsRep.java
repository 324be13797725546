package org.k42j.it.routing;

import java.util.LinkedHashSet;
import java.util.Set;
import org.k42j.annotations.Rep;

/** The tags added on one processor (a tag is expected to be added on one processor only). */
@Rep
public final class TagsRep implements Tags {
  private final Set<String> tags = new LinkedHashSet<>();

  public TagsRep() {}

  @Override
  public void add(String tag) {
    tags.add(tag);
  }

  @Override
  public String toString() {
    return String.join(",", tags);
  }

  @Override
  public int hashCode() {
    return tags.hashCode();
  }
}

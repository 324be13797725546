package org.k42j.model;

/** A class that implements contract methods (a rep class), as the shared rules see it. */
public interface ClassView extends TypeView {
  /**
   * Whether the class's own answer to {@code method} is {@code Object}'s (it neither declares nor
   * inherits an override from a class of its own).
   */
  boolean inheritsObjectsAnswer(MethodView method);
}

package org.k42j.kernel.sim;

/**
 * What a user-marked resource ({@link ModeledLine}, {@link ModeledLock}) is to the model: one line,
 * made in a simulation the first time the resource is touched there, and made anew for each later
 * simulation. Touched only on the simulation's one host thread.
 */
abstract class PlacedLine {
  private Line line; // the state in the simulation that touched the resource last

  /** This resource's line in {@code engine}'s simulation (made on first touch there). */
  final Line lineIn(Engine engine) {
    Line known = line;
    if (known == null || known.engine != engine) {
      known = engine.newLine();
      line = known;
    }
    return known;
  }
}

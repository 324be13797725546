/**
 * The declaration rules both front ends of k42j enforce (the annotation processor, which carries
 * its own copy, and the run-time path in {@code org.k42j.runtime}).
 */
module org.k42j.model {
  requires transitive org.k42j.annotations;

  exports org.k42j.model;
}

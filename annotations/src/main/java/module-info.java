/** The source-level API of k42j: the annotations users put on contracts, reps and roots. */
module org.k42j.annotations {
  exports org.k42j.annotations;
}

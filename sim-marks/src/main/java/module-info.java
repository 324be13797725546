/** The simulation marks production code carries, and where they report. */
module org.k42j.simmarks {
  exports org.k42j.simmarks;
  exports org.k42j.simmarks.spi;
}

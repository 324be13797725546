package org.k42j.examples.exported;

/** The server's {@link Archive}. */
final class LocalArchive implements Archive {
  private final String name;

  LocalArchive(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String nameOf(Named other) {
    return other.name();
  }

  @Override
  public Named asNamed() {
    return this;
  }
}

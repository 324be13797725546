package sample.journal;

/** Package-private contracts are reached through code in their package. */
public final class Journals {
  private Journals() {}

  public static Object create() {
    return Outer_Log_Factory.create();
  }
}

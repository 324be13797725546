package sample.journal;

interface Named {
  String name();
}

package test;

public enum Level {
  LOW,
  HIGH
}

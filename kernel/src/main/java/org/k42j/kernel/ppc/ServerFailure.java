package org.k42j.kernel.ppc;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * What a server's exception becomes on its way to the client: its class name, message and stack
 * trace as text, read without letting the server's code (an overridden {@code getMessage} or {@code
 * printStackTrace}) keep the call from settling.
 */
record ServerFailure(String className, String message, String stackTrace) {
  static ServerFailure of(Throwable failure) {
    return new ServerFailure(failure.getClass().getName(), messageOf(failure), stackTrace(failure));
  }

  /** The failure as the client's exception. */
  PpcServerException toException(ObjectHandle handle, int method) {
    return new PpcServerException(handle, method, className, message, stackTrace);
  }

  /** The server exception's message; a note instead when reading it throws. */
  private static String messageOf(Throwable failure) {
    try {
      return failure.getMessage();
    } catch (Throwable unreadable) {
      return "(its getMessage() threw " + unreadable.getClass().getName() + ")";
    }
  }

  /** The server exception's stack trace as text; its frames alone when printing it throws. */
  private static String stackTrace(Throwable failure) {
    StringWriter text = new StringWriter();
    try {
      failure.printStackTrace(new PrintWriter(text));
      return text.toString();
    } catch (Throwable unprintable) {
      StringBuilder frames = new StringBuilder(failure.getClass().getName());
      frames.append(" (printing it threw ").append(unprintable.getClass().getName()).append(')');
      for (StackTraceElement frame : failure.getStackTrace()) {
        frames.append(System.lineSeparator()).append("\tat ").append(frame);
      }
      return frames.toString();
    }
  }
}

package org.k42j.processor.common;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * The processor's only way to report errors and warnings: wraps the {@link Messager}, tags every
 * message with its {@link Diagnostic} code, anchors it on the offending element (and annotation and
 * attribute when one is at fault), and counts the errors it reported.
 */
public final class ErrorReporter {
  private final Messager messager;
  private int errors;

  /** Reports through {@code messager}. */
  public ErrorReporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports {@code problem} as an error. */
  public void report(Problem problem) {
    errors++;
    if (problem.annotation() == null) {
      messager.printMessage(Kind.ERROR, problem.message(), problem.element());
    } else if (problem.value() == null) {
      messager.printMessage(Kind.ERROR, problem.message(), problem.element(), problem.annotation());
    } else {
      messager.printMessage(
          Kind.ERROR, problem.message(), problem.element(), problem.annotation(), problem.value());
    }
  }

  /**
   * Reports {@code problem} as a warning: the code is generated, but probably not what was meant.
   */
  public void warn(Problem problem) {
    messager.printMessage(Kind.WARNING, problem.message(), problem.element());
  }

  /**
   * Reports a failure of the processor itself while it worked on {@code element} (may be null): one
   * error naming the element and the failure's first frame, asking for a bug report, never a stack
   * trace.
   */
  public void internalError(Element element, Throwable failure) {
    String name = element == null ? "the annotated types" : Names.display(element);
    String where = "";
    StackTraceElement[] trace = failure.getStackTrace();
    if (trace.length > 0) {
      where = " at " + trace[0];
    }
    report(
        Problem.on(
            element,
            Diagnostic.INTERNAL_ERROR,
            name,
            failure.getClass().getName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage())
                + where,
            name));
  }

  /**
   * Rethrows {@code failure} if the processor must not go on after it (the JVM is out of memory or
   * otherwise broken); returns for every other failure, which is reported as an internal error.
   */
  public static void rethrowIfFatal(Throwable failure) {
    if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
      throw (VirtualMachineError) failure;
    }
  }

  /**
   * Runs one step of the processor's work on {@code element} (may be null); a failure in it becomes
   * one {@link #internalError} instead of a stack trace, unless it is fatal. Returns whether the
   * step completed.
   */
  public boolean attempt(Element element, Runnable step) {
    try {
      step.run();
      return true;
    } catch (RuntimeException | Error failure) {
      rethrowIfFatal(failure);
      internalError(element, failure);
      return false;
    }
  }

  /** How many errors this reporter has reported. */
  public int errorCount() {
    return errors;
  }
}

package org.k42j.processor.clustered.writer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.common.ErrorReporter;
import org.k42j.processor.testing.FilerLog;

/**
 * Stands in the real processor for writer tests: in the first round it hands hand-built models to
 * {@link ContractWriter}, after giving them their real originating element (the rep, looked up by
 * name in the compilation), and notes in a {@link FilerLog} what the writer asks the Filer for.
 */
final class WritingProcessor extends AbstractProcessor {
  private final List<ContractModel> models;
  private final int writes;
  private final FilerLog log = new FilerLog();
  private ErrorReporter reporter;
  private boolean written;

  WritingProcessor(ContractModel... models) {
    this(1, models);
  }

  /** Writes every model {@code writes} times (more than once provokes Filer errors). */
  WritingProcessor(int writes, ContractModel... models) {
    this.models = List.of(models);
    this.writes = writes;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written) {
      return false;
    }
    written = true;
    reporter = new ErrorReporter(processingEnv.getMessager());
    ContractWriter writer = new ContractWriter(log.around(processingEnv.getFiler()), reporter);
    for (ContractModel model : models) {
      ContractModel located = withOriginatingElement(model);
      for (int i = 0; i < writes; i++) {
        writer.write(located);
      }
    }
    return false;
  }

  /** How many errors the writer reported. */
  int errorCount() {
    return reporter.errorCount();
  }

  /** Every file the writer created, by name, with the originating elements it passed. */
  Map<String, List<Element>> originatingElements() {
    return log.originatingElements();
  }

  private ContractModel withOriginatingElement(ContractModel model) {
    TypeElement rep =
        processingEnv.getElementUtils().getTypeElement(model.rep().type().canonicalName());
    return new ContractModel(
        model.contract(),
        model.typeVariables(),
        model.isPublic(),
        model.rep(),
        model.root(),
        model.methods(),
        rep,
        model.memberTypeNames());
  }
}

package org.k42j.processor;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.k42j.processor.common.ErrorReporter;
import org.k42j.processor.exported.model.ExportedModel;
import org.k42j.processor.exported.validation.ExportedRoundValidator;
import org.k42j.processor.exported.writer.PpcWriter;

/**
 * The processor for {@code @Exported} interfaces: writes, for each, the client stub, the server
 * skeleton and the binding the kernel finds them by, and lists every binding of the compilation in
 * {@code META-INF/services/org.k42j.kernel.ppc.PpcBinding}.
 *
 * <p>An aggregating processor for Gradle ({@code
 * META-INF/gradle/incremental.annotation.processors}): the stub, skeleton and binding of an
 * interface follow from the interface alone and name it as their one originating element, but the
 * service file lists the bindings of every exported interface of the compilation, so it has them
 * all as originating elements.
 *
 * <p>A thin adapter, like {@link ClusteredObjectProcessor}: {@link ExportedRoundValidator} turns
 * each round's elements into validated models (or exactly one tagged error per faulty interface),
 * {@link PpcWriter} turns each model into files. No exception escapes {@link #process}.
 */
@AutoService(Processor.class)
public final class ExportedProcessor extends AbstractProcessor {
  private static final String ANNOTATIONS = "org.k42j.annotations.";

  private ErrorReporter reporter;
  private ExportedRoundValidator validator;
  private PpcWriter writer;

  /** The processor {@code ServiceLoader} and build tools instantiate. */
  public ExportedProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reporter = new ErrorReporter(env.getMessager());
    validator = new ExportedRoundValidator(env, reporter);
    writer = new PpcWriter(env.getFiler(), reporter);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATIONS + "Exported", ANNOTATIONS + "Async");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<ExportedModel> models = new ArrayList<>();
    if (!reporter.attempt(null, () -> models.addAll(validator.process(round)))) {
      return false;
    }
    for (ExportedModel model : models) {
      reporter.attempt(model.originatingElement(), () -> writer.write(model));
    }
    if (round.processingOver() && reporter.errorCount() == 0) {
      reporter.attempt(null, writer::writeServiceEntry);
    }
    return false;
  }
}

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
import org.k42j.processor.clustered.model.ClusterModel;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.StandInModel;
import org.k42j.processor.clustered.model.VersionModel;
import org.k42j.processor.clustered.validation.ClusterValidator;
import org.k42j.processor.clustered.validation.RoundValidator;
import org.k42j.processor.clustered.writer.ClusterWriter;
import org.k42j.processor.clustered.writer.ContractWriter;
import org.k42j.processor.common.ErrorReporter;

/**
 * The k42j annotation processor: turns each {@code @ClusteredObject} interface and its {@code @Rep}
 * class (and the {@code @Root} the rep names, if any) into a dispatcher, miss object, root base,
 * root, rep base, guard and factory.
 *
 * <p>An isolating processor for Gradle ({@code META-INF/gradle/incremental.annotation.processors}):
 * everything generated for a contract is decided from its rep and what the rep reaches (the
 * contract it implements, the contract's methods and combiners, the root it names), and every file
 * names the rep as its one originating element.
 *
 * <p>A thin adapter: {@link RoundValidator} turns each round's elements into validated, immutable
 * {@link ContractModel}s (or exactly one tagged error per faulty contract), and {@link
 * ContractWriter} turns each model into files; a faulty contract gets only stand-ins of the
 * generated types user code names (root and rep bases, root), so that that code compiles. No
 * exception escapes {@link #process}: a failure of the processor itself becomes one error asking
 * for a bug report.
 */
@AutoService(Processor.class)
public final class ClusteredObjectProcessor extends AbstractProcessor {
  private static final String ANNOTATIONS = "org.k42j.annotations.";

  private ErrorReporter reporter;
  private RoundValidator validator;
  private ContractWriter writer;
  private ClusterValidator clusterValidator;
  private final ClusterWriter clusterWriter = new ClusterWriter();

  /** The processor {@code ServiceLoader} and build tools instantiate. */
  public ClusteredObjectProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reporter = new ErrorReporter(env.getMessager());
    validator = new RoundValidator(env, reporter);
    writer = new ContractWriter(env.getFiler(), reporter);
    clusterValidator = new ClusterValidator(env, reporter);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        ANNOTATIONS + "ClusteredObject",
        ANNOTATIONS + "Rep",
        ANNOTATIONS + "RepVersion",
        ANNOTATIONS + "Root",
        ANNOTATIONS + "Gather",
        ANNOTATIONS + "Broadcast",
        ANNOTATIONS + "OnRoot",
        ANNOTATIONS + "ClusterWide");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<ContractModel> models = new ArrayList<>();
    if (!reporter.attempt(null, () -> models.addAll(validator.process(round)))) {
      return false;
    }
    reporter.attempt(null, () -> clusterValidator.reportStrayMarkers(round));
    for (ContractModel model : models) {
      reporter.attempt(model.originatingElement(), () -> writer.write(model));
      reporter.attempt(model.originatingElement(), () -> writeClusterSide(model));
    }
    for (StandInModel standIn : validator.standIns()) {
      reporter.attempt(standIn.originatingElement(), () -> writer.writeStandIns(standIn));
    }
    for (VersionModel version : validator.versions()) {
      reporter.attempt(version.originatingElement(), () -> writer.writeVersion(version));
    }
    return false;
  }

  /** {@code <prefix>_Cluster} for a {@code @ClusterWide} contract (k42j-cluster). */
  private void writeClusterSide(ContractModel model) {
    ClusterModel cluster = clusterValidator.validate(model);
    if (cluster != null) {
      writer.writeCluster(clusterWriter, cluster);
    } else if (clusterValidator.isClusterWide(model)) {
      writer.writeClusterStandIn(clusterWriter, model);
    }
  }
}

package org.k42j.processor.clustered.writer;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import org.k42j.processor.clustered.model.ClusterModel;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.StandInModel;
import org.k42j.processor.clustered.model.VersionModel;
import org.k42j.processor.common.Diagnostic;
import org.k42j.processor.common.ErrorReporter;
import org.k42j.processor.common.Problem;

/**
 * Writes every source file and resource generated for one validated contract through the processing
 * environment's Filer: dispatcher, miss object, root base, root (unless the user wrote one), rep
 * base, guard (exclusive reps only), factory and, for public contracts, the service entry. Output
 * depends only on the model, so it is the same on every build.
 *
 * <p>All types are built before the first file is written, so a model the writers cannot handle
 * fails before anything reaches the Filer. Every file is passed to the Filer with the model's one
 * originating element, the rep. An I/O failure of the Filer becomes one tagged error on the rep
 * ({@link Diagnostic#WRITE_FAILED}), reported and counted by the processor's {@link ErrorReporter}.
 */
public final class ContractWriter {
  private static final String INDENT = "  ";

  private final Filer filer;
  private final ErrorReporter reporter;
  private final List<TypeWriter> writers;

  /** A writer that emits through {@code filer} and reports through {@code reporter}. */
  public ContractWriter(Filer filer, ErrorReporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
    this.writers =
        List.of(
            new DispatcherWriter(),
            new MissWriter(),
            new RootBaseWriter(),
            new RootWriter(),
            new RepBaseWriter(),
            new GuardWriter(),
            new FactoryWriter());
  }

  /**
   * Writes the generated types (and, for public contracts, the service entry) for {@code model}.
   */
  public void write(ContractModel model) {
    List<JavaFile> files = javaFiles(model);
    try {
      for (JavaFile file : files) {
        file.writeTo(filer);
      }
      if (ServiceEntryWriter.appliesTo(model)) {
        ServiceEntryWriter.write(filer, model);
      }
    } catch (IOException e) {
      writeFailed(model.originatingElement(), model.contract().canonicalName(), model.prefix(), e);
    }
  }

  /**
   * Writes {@code <prefix>_Cluster} for a {@code @ClusterWide} contract's validated cluster side.
   */
  public void writeCluster(ClusterWriter clusterWriter, ClusterModel cluster) {
    ContractModel model = cluster.contract();
    try {
      clusterWriter.write(filer, cluster);
    } catch (IOException e) {
      writeFailed(model.originatingElement(), model.contract().canonicalName(), model.prefix(), e);
    }
  }

  /**
   * Writes the stand-in of {@code <prefix>_Cluster} for a {@code @ClusterWide} contract whose
   * cluster side has an error, already reported; a stand-in the Filer refuses is left out.
   */
  public void writeClusterStandIn(ClusterWriter clusterWriter, ContractModel model) {
    try {
      clusterWriter.writeStandIn(filer, model);
    } catch (IOException e) {
      // The contract's error says what to fix.
    }
  }

  /** Writes {@code <Version>_Version} for a {@code @RepVersion} class. */
  public void writeVersion(VersionModel model) {
    JavaFile file =
        JavaFile.builder(model.generated().packageName(), new VersionWriter().write(model))
            .indent(INDENT)
            .skipJavaLangImports(true)
            .build();
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      writeFailed(
          model.originatingElement(), model.type().canonicalName(), model.type().simpleName(), e);
    }
  }

  /**
   * Writes the stand-ins (root and rep bases, root, ...) of a contract that has an error. A
   * stand-in the Filer refuses (another type of that name exists) is left out without a word: the
   * contract already has its one error, and the stand-ins only spare its user code javac's own.
   */
  public void writeStandIns(StandInModel model) {
    for (JavaFile file : StandInWriter.javaFiles(model)) {
      try {
        file.writeTo(filer);
      } catch (IOException e) {
        // See above: the contract's error says what to fix.
      }
    }
  }

  /**
   * Reports that the Filer refused to write {@code type}'s generated code (named by {@code
   * prefix}), as the one error on {@code element}.
   */
  private void writeFailed(Element element, String type, String prefix, IOException e) {
    reporter.report(Problem.on(element, Diagnostic.WRITE_FAILED, type, e.getMessage(), prefix));
  }

  /** The generated source files of {@code model}, in a fixed order, not yet written. */
  List<JavaFile> javaFiles(ContractModel model) {
    List<JavaFile> files = new ArrayList<>();
    for (TypeWriter writer : writers) {
      if (writer.appliesTo(model)) {
        TypeSpec type = writer.write(model);
        files.add(
            JavaFile.builder(model.contract().packageName(), type)
                .indent(INDENT)
                .skipJavaLangImports(true)
                .build());
      }
    }
    return files;
  }
}

package org.k42j.processor.writer;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.k42j.processor.model.ContractModel;

/**
 * Stands in the real processor for writer tests: in the first round it hands hand-built models to
 * {@link ContractWriter}, after giving them their real originating elements (the contract, rep and
 * user root, looked up by name in the compilation).
 */
final class WritingProcessor extends AbstractProcessor {
  private final List<ContractModel> models;
  private final int writes;
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
    ContractWriter writer = new ContractWriter(processingEnv);
    for (ContractModel model : models) {
      ContractModel located = withOriginatingElements(model);
      for (int i = 0; i < writes; i++) {
        writer.write(located);
      }
    }
    return false;
  }

  private ContractModel withOriginatingElements(ContractModel model) {
    List<Element> elements = new ArrayList<>();
    for (ClassName name : List.of(model.contract(), model.rep().type(), model.root().type())) {
      TypeElement element = processingEnv.getElementUtils().getTypeElement(name.canonicalName());
      if (element != null) {
        elements.add(element);
      }
    }
    return new ContractModel(
        model.contract(),
        model.typeVariables(),
        model.isPublic(),
        model.rep(),
        model.root(),
        model.methods(),
        elements);
  }
}

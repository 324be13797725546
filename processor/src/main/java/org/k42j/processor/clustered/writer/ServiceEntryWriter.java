package org.k42j.processor.clustered.writer;

import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.k42j.processor.clustered.model.ContractModel;
import org.k42j.processor.clustered.model.GeneratedType;

/**
 * Writes {@code META-INF/services/<contract binary name>} for a public contract, naming its
 * dispatcher, so {@code ClusteredObjects.create(Contract.class)} finds it through {@code
 * ServiceLoader}. Package-private contracts get none: {@code ServiceLoader} could not instantiate
 * their dispatcher from another package anyway. Nor does a contract whose root cannot be created
 * without arguments (or only with a checked exception): its dispatcher has no public no-argument
 * constructor, and {@code ClusteredObjects.create(Contract.class, args...)} calls the factory
 * instead.
 */
final class ServiceEntryWriter {
  private ServiceEntryWriter() {}

  static boolean appliesTo(ContractModel model) {
    return model.isPublic() && model.root().createdWithoutArguments();
  }

  /** The resource's path under the class output. */
  static String path(ContractModel model) {
    return "META-INF/services/" + model.contract().reflectionName();
  }

  /** The resource's content: the dispatcher's binary name and a line break. */
  static String content(ContractModel model) {
    return model.generated(GeneratedType.DISPATCHER).reflectionName() + "\n";
  }

  static void write(Filer filer, ContractModel model) throws IOException {
    Element origin = model.originatingElement();
    FileObject resource =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT,
            "",
            path(model),
            origin == null ? new Element[0] : new Element[] {origin});
    try (Writer writer = resource.openWriter()) {
      writer.write(content(model));
    }
  }
}

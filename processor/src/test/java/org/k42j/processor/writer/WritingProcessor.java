package org.k42j.processor.writer;

import com.palantir.javapoet.ClassName;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.k42j.processor.model.ContractModel;

/**
 * Stands in the real processor for writer tests: in the first round it hands hand-built models to
 * {@link ContractWriter}, after giving them their real originating elements (the contract, rep and
 * user root, looked up by name in the compilation), and notes what the writer asks the Filer for.
 */
final class WritingProcessor extends AbstractProcessor {
  private final List<ContractModel> models;
  private final int writes;
  private final Map<String, List<Element>> originating = new TreeMap<>();
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
    ContractWriter writer = new ContractWriter(recording(processingEnv));
    for (ContractModel model : models) {
      ContractModel located = withOriginatingElements(model);
      for (int i = 0; i < writes; i++) {
        writer.write(located);
      }
    }
    return false;
  }

  /** Every file the writer created, by name, with the originating elements it passed. */
  Map<String, List<Element>> originatingElements() {
    return originating;
  }

  /** The environment, with a Filer that notes the originating elements of each file it creates. */
  private ProcessingEnvironment recording(ProcessingEnvironment env) {
    Filer filer = env.getFiler();
    Filer recordingFiler =
        proxy(
            Filer.class,
            (method, arguments) -> {
              Object[] elements = (Object[]) arguments[arguments.length - 1];
              String name =
                  method.getName().equals("createResource")
                      ? arguments[2].toString()
                      : arguments[0].toString();
              List<Element> list = new ArrayList<>();
              for (Object element : elements) {
                list.add((Element) element);
              }
              originating.put(name, list);
              return method.invoke(filer, arguments);
            });
    return proxy(
        ProcessingEnvironment.class,
        (method, arguments) ->
            method.getName().equals("getFiler") ? recordingFiler : method.invoke(env, arguments));
  }

  private interface Call {
    Object invoke(Method method, Object[] arguments) throws ReflectiveOperationException;
  }

  private static <T> T proxy(Class<T> type, Call call) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, arguments) -> {
              try {
                return call.invoke(method, arguments == null ? new Object[0] : arguments);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
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

package org.k42j.processor.diagnostics;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaFileObject;
import org.k42j.processor.ClusteredObjectProcessor;
import org.k42j.processor.testing.FilerLog;

/**
 * The k42j processor, with every file it asks the Filer to create noted in a {@link FilerLog}
 * (names and originating elements). compile-testing hides generated files once a compilation has
 * failed; the log tells what the processor tried to write all the same.
 */
final class RecordingProcessor implements Processor {
  private final Processor delegate;
  private final FilerLog log = new FilerLog();
  private final Map<String, StringWriter> sources = new ConcurrentHashMap<>();
  private final UnaryOperator<Types> types;

  /** The processor as it is. */
  RecordingProcessor() {
    this(UnaryOperator.identity());
  }

  /** The processor seeing the {@link Types} that {@code types} makes of the compiler's. */
  RecordingProcessor(UnaryOperator<Types> types) {
    this(new ClusteredObjectProcessor(), types);
  }

  /** {@code delegate} (another k42j processor) as it is. */
  RecordingProcessor(Processor delegate) {
    this(delegate, UnaryOperator.identity());
  }

  private RecordingProcessor(Processor delegate, UnaryOperator<Types> types) {
    this.delegate = delegate;
    this.types = types;
  }

  /** The names of everything the processor created, in order. */
  List<String> created() {
    return log.names();
  }

  /**
   * The text the processor wrote to the source file of the type {@code name} (qualified), even when
   * the compilation failed; null when it wrote none.
   */
  String source(String name) {
    StringWriter text = sources.get(name);
    return text == null ? null : text.toString();
  }

  /** Everything the processor created, with the originating elements it passed. */
  FilerLog log() {
    return log;
  }

  @Override
  public void init(ProcessingEnvironment env) {
    Filer recording = keepingSources(log.around(env.getFiler()));
    ProcessingEnvironment recordingEnv =
        (ProcessingEnvironment)
            Proxy.newProxyInstance(
                ProcessingEnvironment.class.getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "getFiler":
                      return recording;
                    case "getTypeUtils":
                      return types.apply(env.getTypeUtils());
                    default:
                      return invoke(env, method, args);
                  }
                });
    delegate.init(recordingEnv);
  }

  /** {@code filer}, keeping a copy of the text written to every source file it creates. */
  private Filer keepingSources(Filer filer) {
    return (Filer)
        Proxy.newProxyInstance(
            Filer.class.getClassLoader(),
            new Class<?>[] {Filer.class},
            (proxy, method, args) -> {
              Object created = invoke(filer, method, args);
              if (!method.getName().equals("createSourceFile")) {
                return created;
              }
              StringWriter copy = new StringWriter();
              sources.put(args[0].toString(), copy);
              return new ForwardingJavaFileObject<>((JavaFileObject) created) {
                @Override
                public Writer openWriter() throws IOException {
                  Writer writer = super.openWriter();
                  return new FilterWriter(writer) {
                    @Override
                    public void write(int c) throws IOException {
                      super.write(c);
                      copy.write(c);
                    }

                    @Override
                    public void write(char[] buffer, int offset, int length) throws IOException {
                      super.write(buffer, offset, length);
                      copy.write(buffer, offset, length);
                    }

                    @Override
                    public void write(String text, int offset, int length) throws IOException {
                      super.write(text, offset, length);
                      copy.write(text, offset, length);
                    }
                  };
                }
              };
            });
  }

  /**
   * {@code types}, except that {@link Types#asMemberOf} fails with {@code failure} for a method
   * named {@code methodName}: a stand-in for a bug in the processor.
   */
  static UnaryOperator<Types> failingAsMemberOf(String methodName, RuntimeException failure) {
    return types ->
        (Types)
            Proxy.newProxyInstance(
                Types.class.getClassLoader(),
                new Class<?>[] {Types.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("asMemberOf")
                      && ((Element) args[1]).getSimpleName().contentEquals(methodName)) {
                    throw failure;
                  }
                  return invoke(types, method, args);
                });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}

package sample.journal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.k42j.annotations.Rep;

@Rep
final class LogRep extends Outer_Log_RepBase implements Outer.Log {
  /** The last exception a read threw, so a test can check the caller got this one. */
  static volatile Exception lastThrown;

  /** The last varargs array appendf received. */
  static volatile Object[] lastArgs;

  private final List<String> lines = new ArrayList<>();

  @Override
  public void append(String line) {
    lines.add(line);
  }

  @Override
  public void append(int level, String line) {
    lines.add("[" + level + "] " + line);
  }

  @Override
  public void appendf(String format, Object... args) {
    lastArgs = args;
    lines.add(String.format(format, args));
  }

  @Override
  public String read(int index) throws IOException, TimeoutException {
    if (index < 0) {
      TimeoutException timeout = new TimeoutException("negative index " + index);
      lastThrown = timeout;
      throw timeout;
    }
    if (index >= lines.size()) {
      IOException missing = new IOException("no line " + index);
      lastThrown = missing;
      throw missing;
    }
    return lines.get(index);
  }

  @Override
  public <T extends Comparable<T>> T least(List<T> values) {
    return Collections.min(values);
  }

  @Override
  public long count(String prefix) throws IOException {
    return lines.stream().filter(line -> line.startsWith(prefix)).count();
  }

  @Override
  public void mark(String marker) {
    lines.add(marker);
  }

  @Override
  public String name() {
    return "journal";
  }
}

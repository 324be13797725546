package sample.registry;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.k42j.annotations.Root;

@Root
public class RegistryRoot extends Registry_RootBase {
  final ConcurrentHashMap<String, Long> ids = new ConcurrentHashMap<>();
  final AtomicLong next = new AtomicLong();

  public int registeredNames() {
    return ids.size();
  }
}

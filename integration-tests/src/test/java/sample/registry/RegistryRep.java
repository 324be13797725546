package sample.registry;

import java.util.HashMap;
import java.util.Map;
import org.k42j.annotations.Policy;
import org.k42j.annotations.Rep;

@Rep(policy = Policy.PER_NODE, root = RegistryRoot.class)
public final class RegistryRep extends Registry_RepBase implements Registry {
  private final RegistryRoot shared;
  private final Map<String, Long> cached = new HashMap<>();
  private long lookups;

  public RegistryRep(RegistryRoot shared) {
    this.shared = shared;
  }

  @Override
  public long idOf(String name) {
    lookups++;
    return cached.computeIfAbsent(
        name, key -> shared.ids.computeIfAbsent(key, k -> shared.next.incrementAndGet()));
  }

  @Override
  public int registeredNames() {
    return shared.registeredNames();
  }

  @Override
  public long lookups() {
    return lookups;
  }
}

package sample.pool;

import java.util.ArrayList;
import java.util.List;
import org.k42j.annotations.Rep;

@Rep(root = PoolRoot.class)
public final class PoolRep<T> extends Pool_RepBase<T> implements Pool<T> {
  private final List<T> items = new ArrayList<>();

  @Override
  public void offer(T item) {
    items.add(item);
  }

  @Override
  public int size() {
    return items.size();
  }
}

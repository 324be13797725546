package test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.k42j.kernel.ppc.BadMethodException;
import org.k42j.kernel.ppc.ObjectHandle;
import org.k42j.kernel.ppc.Ppc;
import org.k42j.kernel.ppc.RemoteObject;
import org.k42j.kernel.ppc.Skeleton;

/**
 * Calls through the generated stub and skeleton over the loopback {@link Ppc}; each scenario
 * returns what it observed, for the test to assert.
 */
public final class Scenarios {
  private final Ppc ppc = new Ppc();
  private final LocalVault server = new LocalVault("server");
  private final LocalVault other = new LocalVault("other");
  private final Vault stub;

  private Scenarios() {
    stub = ppc.bind(ppc.export(Vault.class, server), Vault.class);
    ppc.export(Vault.class, other);
  }

  /** [length, server's element after the client changed its own, same array?]. */
  public static List<Object> clientChangeAfterTheCall() {
    Scenarios s = new Scenarios();
    int[] values = {1, 2, 3};
    int length = s.stub.keep(values);
    values[0] = 99;
    return List.of(length, s.server.kept[0], s.server.kept == values);
  }

  /** [client's element after the server changed its own, same array?]. */
  public static List<Object> serverChangeAfterTheReply() {
    Scenarios s = new Scenarios();
    s.server.kept = new int[] {1, 2, 3};
    int[] received = s.stub.kept();
    s.server.kept[1] = 77;
    return List.of(received[1], received == s.server.kept);
  }

  /**
   * [server's item after the client changed its own, reply item after the server changed its own,
   * the server's owner is a stub, its handle, the owner's handle, reply owner's handle].
   */
  public static List<Object> recordWithArrayAndExportedObject() {
    Scenarios s = new Scenarios();
    Batch batch = new Batch(7, new int[] {5}, s.other);
    Batch reply = s.stub.echo(batch);
    batch.items()[0] = 6;
    int serverItem = s.server.batch.items()[0];
    s.server.batch.items()[0] = 8;
    return List.of(
        serverItem,
        reply.items()[0],
        s.server.batch.owner() instanceof RemoteObject,
        ((RemoteObject) s.server.batch.owner()).handle(),
        s.ppc.handleOf(s.other, Vault.class),
        ((RemoteObject) reply.owner()).handle(),
        reply.id());
  }

  /**
   * [name through the stub the server received, server got a stub?, its handle, other's handle].
   */
  public static List<Object> exportedArgumentArrivesAsAStub() {
    Scenarios s = new Scenarios();
    String name = s.stub.nameOf(s.other);
    return List.of(
        name,
        s.server.other instanceof RemoteObject,
        ((RemoteObject) s.server.other).handle(),
        s.ppc.handleOf(s.other, Vault.class));
  }

  /** [result is a stub?, its handle, the server's handle, its name]. */
  public static List<Object> exportedResultArrivesAsAStub() {
    Scenarios s = new Scenarios();
    Vault self = s.stub.self();
    return List.of(
        self instanceof RemoteObject,
        ((RemoteObject) self).handle(),
        s.ppc.handleOf(s.server, Vault.class),
        self.name());
  }

  /** Results of the value methods, as strings. */
  public static List<Object> values() {
    Scenarios s = new Scenarios();
    int[] second = {4, 5};
    Pair<String, int[]> swapped = s.stub.swap(new Pair<>("a", second));
    int[][] grid = {{1, 2, 3}, {4, 5, 6}};
    int[][] transposed = s.stub.transpose(grid);
    return List.of(
        s.stub.sum(1, 2, 3, 4),
        s.stub.sum(),
        s.stub.raise(Level.LOW).name(),
        swapped.first(),
        Arrays.toString(swapped.second()),
        swapped.second() == second,
        Arrays.deepToString(transposed));
  }

  /** [null results and arguments]: nulls cross as nulls. */
  public static List<Object> nulls() {
    Scenarios s = new Scenarios();
    List<Object> out = new ArrayList<>();
    out.add(s.stub.echo(null) == null);
    out.add(s.stub.kept() == null);
    out.add(s.stub.peers(null) == null);
    Vault[] peers = s.stub.peers(new Vault[] {null, s.other});
    out.add(peers[0] == null);
    out.add(((RemoteObject) peers[1]).handle().equals(s.ppc.handleOf(s.other, Vault.class)));
    out.add(s.server.peers[1] instanceof RemoteObject);
    return out;
  }

  /** [events before the queued sends ran, sends run, events after]. */
  public static List<Object> asyncCallsAreSentNotCalled() {
    Scenarios s = new Scenarios();
    s.stub.record("a");
    s.stub.record("b");
    int before = s.server.events.size();
    int ran = s.ppc.runSent();
    return List.of(before, ran, Arrays.toString(s.stub.events()));
  }

  /** [calls before, the default method's result, calls after]. */
  public static List<Object> defaultMethodRunsInTheCaller() {
    Scenarios s = new Scenarios();
    int before = s.ppc.calls();
    String twice = s.stub.twice();
    return List.of(before, twice, s.ppc.calls());
  }

  /**
   * [method count, method 5 invoked on the server, method 6 with a varargs array, the refusal of
   * method 13, the refusal of method -1].
   */
  public static List<Object> skeletonDispatchesByMethodNumber() throws Throwable {
    Scenarios s = new Scenarios();
    Skeleton<Vault> skeleton = new Vault_Binding().skeleton();
    List<Object> out = new ArrayList<>();
    out.add(skeleton.methodCount());
    out.add(skeleton.invoke(s.server, 5, new Object[0]));
    out.add(skeleton.invoke(s.server, 6, new Object[] {new long[] {2, 3}}));
    for (int method : new int[] {13, -1}) {
      try {
        skeleton.invoke(s.server, method, new Object[0]);
        out.add("no refusal");
      } catch (BadMethodException e) {
        out.add(e.getMessage());
      }
    }
    return out;
  }

  /** [binding's interface, stub's class]. */
  public static List<Object> binding() {
    Scenarios s = new Scenarios();
    Vault_Binding binding = new Vault_Binding();
    Vault stub = binding.stub(s.ppc.export(Vault.class, s.other), s.ppc);
    return List.of(binding.exported(), stub.getClass(), stub.name());
  }

  /** The handle the stub carries equals the export's. */
  public static ObjectHandle handleOfStub() {
    Scenarios s = new Scenarios();
    return ((RemoteObject) s.stub).handle();
  }
}

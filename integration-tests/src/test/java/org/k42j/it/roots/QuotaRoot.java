package org.k42j.it.roots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.k42j.annotations.Root;

/** The quota's configuration, given to the factory: every non-private constructor is a create. */
@Root
public final class QuotaRoot extends Quota_RootBase {
  /** The limit of a quota read from a file, which names only the tenant. */
  static final long FILE_LIMIT = 100;

  private final String tenant;
  private final long limit;

  public QuotaRoot(String tenant, long limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit " + limit + " is negative");
    }
    this.tenant = tenant;
    this.limit = limit;
  }

  /** An unlimited quota. */
  public QuotaRoot(String tenant) {
    this(tenant, Long.MAX_VALUE);
  }

  /** One quota shared by several tenants, named by their names joined with {@code +}. */
  public QuotaRoot(long limit, String... tenants) {
    this(String.join("+", tenants), limit);
  }

  /** The tenant named in a file. */
  public QuotaRoot(Path file) throws IOException {
    this(Files.readString(file).strip(), FILE_LIMIT);
  }

  /** Not a create: the factory cannot call a private constructor. */
  private QuotaRoot() {
    this("nobody", 0);
  }

  public String tenant() {
    return tenant;
  }

  public long limit() {
    return limit;
  }
}

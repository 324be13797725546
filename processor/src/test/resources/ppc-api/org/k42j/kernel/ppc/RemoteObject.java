package org.k42j.kernel.ppc;

/** Copy: implemented by every stub. */
public interface RemoteObject {
  ObjectHandle handle();
}

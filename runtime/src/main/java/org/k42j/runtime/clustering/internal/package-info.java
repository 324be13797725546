/**
 * For classes the run-time clustering path generates only: the bases its dispatchers, miss objects
 * and guards extend, and the advice woven into guards. Not an API; it changes without notice.
 */
package org.k42j.runtime.clustering.internal;

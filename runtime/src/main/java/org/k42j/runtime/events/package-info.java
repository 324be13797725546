/**
 * JDK Flight Recorder events of clustered objects, in the category "k42j": a miss (a processor's
 * first call, which creates or finds its rep), a rep growth under the adaptive policy, a hot swap,
 * an adaptive shrink and a destruction. Record them with {@code -XX:StartFlightRecording} or {@code
 * jdk.jfr.Recording} and open the recording in JDK Mission Control; every event is enabled by
 * default and costs nothing on the hit path (all of them happen off it).
 */
package org.k42j.runtime.events;

package org.k42j.cluster.hits;

import java.io.Serializable;
import java.util.ArrayList;

/** One rep's exported state. */
record HitsState(long hits, ArrayList<String> tags) implements Serializable {}

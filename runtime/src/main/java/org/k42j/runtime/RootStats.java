package org.k42j.runtime;

import org.k42j.annotations.Policy;

/**
 * What a clustered object's root has seen, read with {@link ClusteredObjects#stats(Object)}.
 *
 * @param contract the contract's name
 * @param coid the object's COID
 * @param policy the rep policy
 * @param rowLength entries in the translation row (processor ids it can serve without growing)
 * @param reps reps of the current rep set (created since the object was created or last hot
 *     swapped)
 * @param misses calls that found the miss object and went through the root
 * @param adaptiveGrowths processors given a rep of their own under {@link Policy#ADAPTIVE}
 * @param destroyed whether the object was destroyed
 * @param swaps hot swaps completed, adaptive shrinks included
 * @param adaptiveShrinks swaps that gave up the reps an adaptive object grew
 */
public record RootStats(
    String contract,
    Coid coid,
    Policy policy,
    int rowLength,
    int reps,
    long misses,
    long adaptiveGrowths,
    boolean destroyed,
    long swaps,
    long adaptiveShrinks) {}

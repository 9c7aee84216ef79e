package org.srnet.loss;

import ai.djl.ndarray.NDArray;

import org.srnet.nn.Scalars;

/**
 * Soft Dice loss, the alternative L_IOU of the paper's Table 1: 1 − (2·ΣPM + 1)/(ΣP + ΣM + 1). The +1 smoothing keeps
 * it defined and gives an empty prediction of an empty mask zero loss.
 */
public final class Dice {
    private Dice() {}

    /** Loss of probabilities {@code p} in [0,1] against 0/1 {@code labels} of the same shape. */
    public static NDArray loss(NDArray p, NDArray labels) {
        NDArray intersection = p.mul(labels).sum();
        NDArray denominator = p.sum().add(labels.sum()).add(1);
        return Scalars.mul(intersection, 2).add(1).div(denominator).neg().add(1);
    }
}

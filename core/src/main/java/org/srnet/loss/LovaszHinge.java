package org.srnet.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;

/**
 * The binary Lovász hinge (Berman et al. 2018), the default L_IOU of Eq. 5: a convex, piecewise-linear surrogate
 * of the Jaccard loss. Errors 1 − logit·sign are sorted in descending order; each sorted error is weighted by the
 * increase of the Jaccard loss when that pixel is added to the mistakes (the Lovász extension's gradient). The sort
 * permutation is a constant, so gradients flow through the errors only.
 */
public final class LovaszHinge {
    private LovaszHinge() {}

    /**
     * Loss of flat {@code logits} (any real values; SRNet passes 2P − 1) against 0/1 {@code labels}, both 1-D of the
     * same length. An empty input gives 0.
     */
    public static NDArray flat(NDArray logits, NDArray labels) {
        if (logits.getShape().size() == 0) {
            return logits.sum();
        }
        NDArray signs = labels.mul(2).sub(1);
        NDArray errors = logits.mul(signs).neg().add(1);
        NDArray order = errors.stopGradient().argSort(0, false);
        NDArray errorsSorted = errors.take(order);
        NDArray labelsSorted = labels.take(order);
        return Activation.relu(errorsSorted).mul(lovaszGradient(labelsSorted)).sum();
    }

    /** g_k = J_k − J_{k−1} of the Jaccard loss along the sorted labels (J_{−1} = 0). */
    static NDArray lovaszGradient(NDArray labelsSorted) {
        NDArray positives = labelsSorted.sum();
        NDArray intersection = positives.sub(labelsSorted.cumSum(0));
        NDArray union = positives.add(labelsSorted.neg().add(1).cumSum(0));
        NDArray jaccard = intersection.div(union).neg().add(1);
        long p = jaccard.getShape().get(0);
        if (p == 1) {
            return jaccard.stopGradient();
        }
        NDArray g = NDArrays.concat(new NDList(jaccard.get("0:1"), jaccard.get("1:").sub(jaccard.get(":-1"))));
        return g.stopGradient();
    }
}

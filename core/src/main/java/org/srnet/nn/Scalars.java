package org.srnet.nn;

import ai.djl.ndarray.NDArray;

/**
 * Multiplication and division by a constant that are safe under autograd. DJL's {@code mul(Number)} and
 * {@code div(Number)} wrap the constant in a tensor over a Java buffer, run the op and free the tensor at once; but
 * libtorch's autograd keeps a pointer to that constant for the backward pass, and once the garbage collector has
 * reclaimed the buffer, backward reads freed memory. In training that showed up as intermittent NaN gradients and
 * gradient-norm spikes (about 5% of steps), more often the more the collector ran. Here the constant is an array of
 * {@code x}'s manager, alive until that manager closes. ({@code add(Number)} and {@code sub(Number)} are safe: their
 * backward does not read the constant.)
 */
public final class Scalars {
    private Scalars() {}

    /** x·c. */
    public static NDArray mul(NDArray x, double c) {
        return x.mul(x.getManager().create((float) c));
    }

    /** x / c. */
    public static NDArray div(NDArray x, double c) {
        return x.div(x.getManager().create((float) c));
    }
}

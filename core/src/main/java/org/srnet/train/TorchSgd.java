package org.srnet.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import org.srnet.weights.StateDict;

/**
 * SGD with momentum exactly as PyTorch defines it (the paper's "momentum optimizer" is PyTorch's):
 * g = ∇ + wd·w; v = m·v + g; w −= lr·(g + m·v) with Nesterov, else w −= lr·v. DJL's own SGD puts the learning rate
 * inside the velocity, which differs once the rate decays, and has no Nesterov on PyTorch. The velocity buffers are
 * part of a checkpoint so a resumed run continues exactly.
 */
public final class TorchSgd {
    private final StateDict params;
    private final double momentum;
    private final boolean nesterov;
    private final double weightDecay;
    private final Map<String, NDArray> velocity = new LinkedHashMap<>();

    public TorchSgd(StateDict params, double momentum, boolean nesterov, double weightDecay) {
        this.params = params;
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.weightDecay = weightDecay;
    }

    /**
     * Scales gradients so their global L2 norm is at most {@code maxNorm} (PyTorch's clip_grad_norm_) and returns the
     * norm before clipping. DJL's optClipGrad clamps only from above, per element, which is something else.
     */
    public double clipGradNorm(double maxNorm) {
        try (NDManager scope = params.manager().newSubManager()) {
            double sq = 0;
            List<NDArray> grads = new java.util.ArrayList<>();
            for (String name : params.trainableNames()) {
                NDArray g = params.get(name).getGradient();
                g.attach(scope);
                grads.add(g);
                NDArray s = g.square().sum();
                s.attach(scope);
                sq += s.getFloat();
            }
            double norm = Math.sqrt(sq);
            if (maxNorm > 0 && norm > maxNorm) {
                float scale = (float) (maxNorm / (norm + 1e-6));
                for (NDArray g : grads) {
                    g.muli(scale);
                }
            }
            return norm;
        }
    }

    /** Sets every gradient to zero without updating (a skipped step). */
    public void zeroGradients() {
        try (NDManager scope = params.manager().newSubManager()) {
            for (String name : params.trainableNames()) {
                NDArray g = params.get(name).getGradient();
                g.attach(scope);
                g.muli(0);
                g.set(g.isNaN(), 0); // NaN and ∞ times 0 are NaN
            }
        }
    }

    /** One update with learning rate {@code lr}; gradients are zeroed afterwards. */
    public void step(double lr) {
        try (NDManager scope = params.manager().newSubManager()) {
            for (String name : params.trainableNames()) {
                NDArray w = params.get(name);
                NDArray g = w.getGradient();
                g.attach(scope);
                NDArray update = g.duplicate();
                update.attach(scope);
                if (weightDecay != 0) {
                    update.addi(scoped(w.mul((float) weightDecay), scope));
                }
                if (momentum != 0) {
                    NDArray v = velocity.get(name);
                    if (v == null) {
                        v = update.duplicate();
                        v.attach(params.manager());
                        velocity.put(name, v);
                    } else {
                        v.muli((float) momentum).addi(update);
                    }
                    if (nesterov) {
                        update.addi(scoped(v.mul((float) momentum), scope));
                    } else {
                        update = v;
                    }
                }
                w.subi(scoped(update.mul((float) lr), scope));
                g.muli(0);
            }
        }
    }

    private static NDArray scoped(NDArray a, NDManager scope) {
        a.attach(scope);
        return a;
    }

    /** The velocity buffers by parameter name (for checkpoints). */
    public Map<String, NDArray> velocity() {
        return velocity;
    }

    /** Restores a velocity buffer from a checkpoint. */
    public void setVelocity(String name, float[] values) {
        NDArray w = params.get(name);
        NDArray v = params.manager().create(values, w.getShape());
        NDArray old = velocity.put(name, v);
        if (old != null) {
            old.close();
        }
    }
}

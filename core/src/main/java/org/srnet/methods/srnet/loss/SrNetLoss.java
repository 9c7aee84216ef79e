package org.srnet.methods.srnet.loss;

import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import org.srnet.geometry.MassCentre;
import org.srnet.geometry.SpatialGrid;
import org.srnet.loss.Dice;
import org.srnet.loss.LovaszHinge;
import org.srnet.methods.srnet.network.ModelConfig;
import org.srnet.methods.srnet.network.SrNetOutput;
import org.srnet.nn.Scalars;

/**
 * SRNet's training loss, term by term as the paper writes it:
 * <ul>
 *   <li>L_seg (Eq. 5): for each instance n, c_n = mean of E + [S|0] over M_n and b_n = mean bandwidth over M_n;
 *       P^n by Eq. 3 over every pixel; L_IOU(2P^n − 1, M_n) plus the bandwidth smoothness term, averaged over
 *       instances. Smoothness is the squared deviation of the raw bandwidth from its (detached) instance mean, as in
 *       SpatialEmbeddings, the paper's reference [27] for it.</li>
 *   <li>L_track (Eq. 7): ‖T(c^t) + S(c^t) − S(c^{t−1})‖ at the mass centre c^t of M_n^t (T sampled bilinearly),
 *       for instances present in both frames, averaged over them.</li>
 *   <li>L_score (Eq. 8): (O − P_own)² on foreground (P detached) and O² on background, averaged over pixels.</li>
 *   <li>L_cat (Eq. 9): per-pixel cross-entropy over C + 1 classes (0 = background), averaged over pixels; object
 *       pixels count {@code categoryForegroundWeight} times (1 as printed).</li>
 * </ul>
 * Ignored pixels take part in no term.
 */
public final class SrNetLoss {
    private static final float TRACK_EPS = 1e-6f;

    private final ModelConfig model;
    private final LossConfig config;

    public SrNetLoss(ModelConfig model, LossConfig config) {
        this.model = model;
        this.config = config;
    }

    /** The loss of a batch; {@code targets.get(b)} belongs to batch item b of {@code out}. */
    public LossTerms compute(SrNetOutput out, List<HeadTargets> targets) {
        NDManager m = out.offsets().getManager();
        NDArray seg = m.zeros(new Shape());
        NDArray smooth = m.zeros(new Shape());
        NDArray track = m.zeros(new Shape());
        NDArray score = m.zeros(new Shape());
        NDArray cat = m.zeros(new Shape());
        int instances = 0;
        int tracked = 0;
        for (int b = 0; b < targets.size(); b++) {
            HeadTargets t = targets.get(b);
            SampleLoss s = sample(out, b, t, m);
            seg = seg.add(s.seg);
            smooth = smooth.add(s.smooth);
            track = track.add(s.track);
            score = score.add(s.score);
            if (s.cat != null) {
                cat = cat.add(s.cat);
            }
            instances += s.instances;
            tracked += s.tracked;
        }
        int batch = targets.size();
        seg = Scalars.div(seg, Math.max(1, instances));
        smooth = Scalars.div(smooth, Math.max(1, instances));
        track = Scalars.div(track, Math.max(1, tracked));
        score = Scalars.div(score, batch);
        cat = Scalars.div(cat, batch);
        NDArray total = Scalars.mul(seg, config.segmentationWeight())
                .add(Scalars.mul(smooth, config.smoothnessWeight()))
                .add(Scalars.mul(track, config.trackingWeight()))
                .add(Scalars.mul(score, config.objectivenessWeight()))
                .add(Scalars.mul(cat, config.categoryWeight()));
        return new LossTerms(seg, smooth, track, score, cat, total);
    }

    private record SampleLoss(NDArray seg, NDArray smooth, NDArray track, NDArray score, NDArray cat, int instances, int tracked) {}

    private SampleLoss sample(SrNetOutput out, int b, HeadTargets t, NDManager m) {
        int w = t.width();
        int h = t.height();
        int plane = w * h;
        int dims = model.offsetDims();
        SpatialGrid grid = SpatialGrid.of(w, h);
        float[] gridFull = new float[dims * plane];
        System.arraycopy(grid.toArray(), 0, gridFull, 0, 2 * plane);
        NDArray embedding = out.offsets().get(b).add(m.create(gridFull, new Shape(dims, h, w)));
        NDArray inverseVariance = out.inverseVariance().get(b);
        NDArray inverseVarianceRaw = out.inverseVarianceRaw().get(b);
        NDArray objectiveness = out.objectiveness().get(b).reshape(h, w);

        float[] validHost = new float[plane];
        float[] foregroundHost = new float[plane];
        int validCount = 0;
        for (int i = 0; i < plane; i++) {
            boolean valid = t.ignore() == null || t.ignore()[i] == 0;
            validHost[i] = valid ? 1f : 0f;
            validCount += valid ? 1 : 0;
        }
        NDArray valid = m.create(validHost, new Shape(h, w));
        NDArray extra = m.full(new Shape(Math.max(0, dims - 2), 1, 1), (float) model.extraInverseVariance());

        NDArray seg = m.zeros(new Shape());
        NDArray smooth = m.zeros(new Shape());
        NDArray track = m.zeros(new Shape());
        NDArray ownProbability = m.zeros(new Shape(h, w));
        int instances = 0;
        int tracked = 0;
        for (InstanceTarget inst : t.instances()) {
            float[] maskHost = toFloat(inst.mask());
            float area = sum(maskHost);
            if (area == 0) {
                continue;
            }
            for (int i = 0; i < plane; i++) {
                foregroundHost[i] = Math.max(foregroundHost[i], maskHost[i]);
            }
            NDArray mask = m.create(maskHost, new Shape(h, w));
            NDArray centre = Scalars.div(embedding.mul(mask).sum(new int[] {1, 2}, true), area);
            NDArray instanceInverseVariance = Scalars.div(inverseVariance.mul(mask).sum(new int[] {1, 2}, true), area);
            if (dims > 2) {
                instanceInverseVariance = NDArrays.concat(new NDList(instanceInverseVariance, extra), 0);
            }
            NDArray probability = Scalars.mul(embedding.sub(centre).square().mul(instanceInverseVariance).sum(new int[] {0}), -0.5).exp();
            seg = seg.add(iouLoss(probability, mask, valid, t.ignore() != null));

            NDArray rawMean = Scalars.div(inverseVarianceRaw.mul(mask).sum(new int[] {1, 2}, true), area).stopGradient();
            smooth = smooth.add(Scalars.div(inverseVarianceRaw.sub(rawMean).square().mul(mask).sum(), 2 * area));
            ownProbability = ownProbability.add(probability.stopGradient().mul(mask));
            instances++;

            if (inst.previousMask() != null) {
                MassCentre now = MassCentre.of(inst.mask(), w, h);
                MassCentre before = MassCentre.of(inst.previousMask(), w, h);
                if (before != null) {
                    track = track.add(trackingLoss(out.tracking().get(b), grid, now, before, m));
                    tracked++;
                }
            }
        }

        NDArray foreground = m.create(foregroundHost, new Shape(h, w));
        NDArray fgTerm = Scalars.mul(objectiveness.sub(ownProbability).square().mul(foreground), config.objectivenessForegroundWeight());
        NDArray bgTerm = objectiveness.square().mul(foreground.neg().add(1));
        NDArray score = Scalars.div(fgTerm.add(bgTerm).mul(valid).sum(), Math.max(1, validCount));

        NDArray cat = null;
        if (model.hasCategoryHead()) {
            float[] labels = new float[plane];
            for (InstanceTarget inst : t.instances()) {
                for (int i = 0; i < plane; i++) {
                    if (inst.mask()[i] != 0) {
                        labels[i] = inst.category();
                    }
                }
            }
            NDArray logProb = out.categoryLogits().get(b).logSoftmax(0);
            NDArray index = m.create(labels, new Shape(1, h, w)).toType(DataType.INT64, false);
            NDArray pixelWeight = Scalars.mul(foreground, config.categoryForegroundWeight() - 1).add(1).mul(valid);
            cat = Scalars.div(logProb.gather(index, 0).reshape(h, w).mul(pixelWeight).sum().neg(), Math.max(1, validCount));
        }
        return new SampleLoss(seg, smooth, track, score, cat, instances, tracked);
    }

    private NDArray iouLoss(NDArray probability, NDArray mask, NDArray valid, boolean hasIgnore) {
        if (config.iou() == LossConfig.IouLoss.DICE) {
            return Dice.loss(probability.mul(valid), mask.mul(valid));
        }
        NDArray logits = Scalars.mul(probability, 2).sub(1).flatten();
        NDArray labels = mask.flatten();
        if (hasIgnore) {
            NDArray keep = valid.flatten().gt(0.5f);
            logits = logits.booleanMask(keep);
            labels = labels.booleanMask(keep);
        }
        return LovaszHinge.flat(logits, labels);
    }

    /** ‖T(c^t) + S(c^t) − S(c^{t−1})‖ with T read at the fractional mass centre by bilinear interpolation. */
    private static NDArray trackingLoss(NDArray tracking, SpatialGrid grid, MassCentre now, MassCentre before, NDManager m) {
        int w = grid.width();
        int h = grid.height();
        float[] weights = bilinearWeights(w, h, now.column(), now.row());
        NDArray sampled = tracking.mul(m.create(weights, new Shape(1, h, w))).sum(new int[] {1, 2});
        float[] target = {
            (float) (grid.x(before.column()) - grid.x(now.column())),
            (float) (grid.y(before.row()) - grid.y(now.row()))};
        return sampled.sub(m.create(target)).square().sum().add(TRACK_EPS).sqrt();
    }

    /** A map that is zero except for the four bilinear weights of the fractional position (x, y). */
    public static float[] bilinearWeights(int w, int h, double x, double y) {
        float[] weights = new float[w * h];
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        for (int dy = 0; dy <= 1; dy++) {
            for (int dx = 0; dx <= 1; dx++) {
                int xi = Math.min(w - 1, Math.max(0, x0 + dx));
                int yi = Math.min(h - 1, Math.max(0, y0 + dy));
                double wt = (dx == 1 ? fx : 1 - fx) * (dy == 1 ? fy : 1 - fy);
                weights[yi * w + xi] += (float) wt;
            }
        }
        return weights;
    }

    private static float[] toFloat(byte[] mask) {
        float[] f = new float[mask.length];
        for (int i = 0; i < mask.length; i++) {
            f[i] = mask[i] != 0 ? 1f : 0f;
        }
        return f;
    }

    private static float sum(float[] a) {
        float s = 0;
        for (float v : a) {
            s += v;
        }
        return s;
    }
}

package org.srnet.methods.srnet.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.srnet.data.FramePair;
import org.srnet.data.PairInstance;
import org.srnet.methods.srnet.loss.HeadTargets;
import org.srnet.methods.srnet.loss.InstanceTarget;
import org.srnet.nn.ImageNormalization;
import org.srnet.train.TrainConfig;

/**
 * Turns frame pairs into a {@link TrainingBatch}: normalised images, ground truth at head resolution, and the
 * noisy H(t−1) rendered from frame t−1's ground truth. With probability {@code firstFrameProbability} a pair is
 * turned into the first-frame condition of §3.7: frame t−1 := frame t (so F32(t−1) = F32(t)), H = 0, and every
 * tracking vector's target is zero.
 */
public final class BatchBuilder {
    private final TrainConfig config;
    private final boolean classAgnostic;

    public BatchBuilder(TrainConfig config, boolean classAgnostic) {
        this.config = config;
        this.classAgnostic = classAgnostic;
    }

    public TrainingBatch build(List<FramePair> pairs, Random rnd) {
        int n = pairs.size();
        int w = pairs.get(0).width();
        int h = pairs.get(0).height();
        int hw = (w + 3) / 4;
        int hh = (h + 3) / 4;
        int image = 3 * w * h;
        float[] previous = new float[n * image];
        float[] current = new float[n * image];
        float[] heat = new float[n * hw * hh];
        List<HeadTargets> targets = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            FramePair p = pairs.get(b);
            if (p.width() != w || p.height() != h) {
                throw new IllegalArgumentException("pairs of one batch must share a size");
            }
            boolean firstFrame = rnd.nextDouble() < config.firstFrameProbability();
            ImageNormalization.normalize(p.currentRgb(), current, b * image);
            ImageNormalization.normalize(firstFrame ? p.currentRgb() : p.previousRgb(), previous, b * image);
            List<InstanceTarget> instances = new ArrayList<>();
            List<byte[]> previousMasks = new ArrayList<>();
            for (PairInstance inst : p.instances()) {
                byte[] prevHead = inst.previousMask() == null ? null : HeadTargetMaps.downsample(inst.previousMask(), w, h, 4);
                if (prevHead != null && isEmpty(prevHead)) {
                    prevHead = null;
                }
                if (prevHead != null) {
                    previousMasks.add(prevHead);
                }
                if (inst.currentMask() == null) {
                    continue;
                }
                byte[] head = HeadTargetMaps.downsample(inst.currentMask(), w, h, 4);
                if (isEmpty(head)) {
                    continue;
                }
                int category = classAgnostic ? 1 : inst.category();
                instances.add(new InstanceTarget(category, head, firstFrame ? head : prevHead));
            }
            if (!firstFrame) {
                float[] hm = HeadTargetMaps.noisyHeatmap(previousMasks, hw, hh, rnd, config.heatmapJitter(),
                        config.heatmapDrop(), config.heatmapFalsePositive());
                System.arraycopy(hm, 0, heat, b * hw * hh, hm.length);
            }
            byte[] ignore = p.ignoreCurrent() == null ? null : HeadTargetMaps.downsample(p.ignoreCurrent(), w, h, 4);
            targets.add(new HeadTargets(hw, hh, instances, ignore));
        }
        return new TrainingBatch(n, w, h, previous, current, heat, targets);
    }

    private static boolean isEmpty(byte[] mask) {
        for (byte v : mask) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}

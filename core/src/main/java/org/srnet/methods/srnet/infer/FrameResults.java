package org.srnet.methods.srnet.infer;

import java.util.ArrayList;
import java.util.List;

import org.srnet.mask.Rle;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;

/** SRNet's instances of one frame as the method-neutral {@link FrameResult}. */
public final class FrameResults {
    private FrameResults() {}

    /**
     * The result of tracked head-resolution instances whose frame-size masks were already made
     * ({@link FrameMasks}), in the same order.
     */
    public static FrameResult of(int frameIndex, String frameName, List<TrackedInstance> tracked, List<Rle> masks,
            InputGeometry geometry) {
        if (masks.size() != tracked.size()) {
            throw new IllegalArgumentException("FrameResult: " + masks.size() + " masks for " + tracked.size() + " instances");
        }
        List<SegmentedInstance> out = new ArrayList<>(tracked.size());
        for (int k = 0; k < tracked.size(); k++) {
            TrackedInstance t = tracked.get(k);
            Instance i = t.instance();
            out.add(new SegmentedInstance(t.trackId(), masks.get(k), i.category(), i.seedScore(), i.classProbs(),
                    t.tentative()));
        }
        return new FrameResult(frameIndex, frameName, geometry.originalWidth(), geometry.originalHeight(), out);
    }
}

package org.srnet.eval;

import java.util.List;

/**
 * The fixed parameters of the official YouTube-VIS evaluation ({@code Params.setDetParams}).
 */
public final class YtvisParams {
    /** IoU thresholds as {@code np.linspace(.5, .95, 10)}: the ninth is 0.8999999999999999, not 0.9. */
    public static final double[] IOU_THRESHOLDS = NumpyMath.linspace(0.5, 0.95, 10);
    /** Recall thresholds as {@code np.linspace(0, 1, 101)}: ten of them are not the double nearest i/100. */
    public static final double[] RECALL_THRESHOLDS = NumpyMath.linspace(0.0, 1.0, 101);
    /** Detections kept per (video, category): AR1, AR10, AR100; matching always uses the last. */
    public static final int[] MAX_DETS = {1, 10, 100};
    /** Area ranges on the video-average area, both ends inclusive: all, small, medium, large (not COCO's). */
    public static final double[][] AREA_RANGES = {{0, 1e10}, {0, 128 * 128}, {128 * 128, 256 * 256}, {256 * 256, 1e10}};
    /** Labels of {@link #AREA_RANGES}. */
    public static final List<String> AREA_LABELS = List.of("all", "small", "medium", "large");
    /** The twelve summary numbers, in the official {@code stats} order. */
    public static final List<String> STATS = List.of("AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10",
            "AR100", "ARs", "ARm", "ARl");

    private YtvisParams() {}

    /** Returns the video-average area as the official tool: mean of the truthy entries (null and 0 dropped). */
    public static double averageArea(List<? extends Number> areas) {
        double[] kept = new double[areas.size()];
        int n = 0;
        for (Number a : areas) {
            if (a != null && a.doubleValue() != 0) {
                kept[n++] = a.doubleValue();
            }
        }
        return n == 0 ? 0 : NumpyMath.mean(kept, 0, n);
    }
}

package org.srnet.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;

import org.srnet.data.Category;
import org.srnet.data.YtvisDataset;
import org.srnet.data.YtvisTrack;
import org.srnet.data.YtvisVideo;
import org.srnet.mask.Rle;

/**
 * YouTube-VIS 2019/2021 video AP/AR (the official {@code YTVOSeval} with {@code iouType='segm'}).
 *
 * <p>Lifecycle: construct with the ground-truth category ids, {@link #process} every video with its detections
 * (in results-file order), then {@link #evaluate}. Per (video, category) the detections are sorted by score
 * (stable), cut to 100, and matched greedily to the ground truth at every IoU threshold, for every area range;
 * {@link #evaluate} accumulates precision and recall per category over videos in increasing id order, as
 * {@code accumulate()} and {@code summarize()} do. {@link #process} may be called from several threads.
 */
public final class YtvisEvaluator implements VideoEvaluator<YtvisVideoPredictions, YtvisResult> {
    private static final int T = YtvisParams.IOU_THRESHOLDS.length;
    private static final int R = YtvisParams.RECALL_THRESHOLDS.length;
    private static final int A = YtvisParams.AREA_RANGES.length;
    private static final int M = YtvisParams.MAX_DETS.length;
    private static final int MAX_DET = YtvisParams.MAX_DETS[M - 1];
    /** numpy's {@code np.spacing(1)}, added to the precision denominator. */
    private static final double EPS = Math.ulp(1.0);

    private final int[] categoryIds;
    private final Map<Integer, Integer> categoryIndex = new LinkedHashMap<>();
    /** Per video id (sorted), per category index, per area range: the matching of that cell, or null. */
    private final ConcurrentSkipListMap<Integer, Cell[][]> videos = new ConcurrentSkipListMap<>();
    /** Per video id, its identity figures (not part of the official tool). */
    private final ConcurrentSkipListMap<Integer, VideoIdentity> identities = new ConcurrentSkipListMap<>();

    /** Creates an evaluator over the given ground-truth category ids (the official {@code catIds}). */
    public YtvisEvaluator(List<Integer> categoryIds) {
        this.categoryIds = categoryIds.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        for (int k = 0; k < this.categoryIds.length; k++) {
            categoryIndex.put(this.categoryIds[k], k);
        }
    }

    /** Forgets every processed video. */
    @Override
    public void reset() {
        videos.clear();
        identities.clear();
    }

    /** Matches one video's detections to its ground truth. */
    @Override
    public void process(YtvisVideoPredictions video) {
        process(video.video(), video.detections());
    }

    /**
     * Matches one video's detections to its ground truth.
     *
     * @param video the ground-truth video with its tracks (file order)
     * @param detections this video's detections in results-file order; other categories than the evaluator's
     *     are ignored, as the official tool does
     */
    public void process(YtvisVideo video, List<YtvisDetection> detections) {
        int k0 = categoryIds.length;
        List<List<YtvisTrack>> gts = new ArrayList<>(k0);
        List<List<YtvisDetection>> dts = new ArrayList<>(k0);
        for (int k = 0; k < k0; k++) {
            gts.add(new ArrayList<>());
            dts.add(new ArrayList<>());
        }
        for (YtvisTrack g : video.tracks()) {
            Integer k = categoryIndex.get(g.categoryId());
            if (k != null) {
                gts.get(k).add(g);
            }
        }
        for (YtvisDetection d : detections) {
            if (d.videoId() != video.id()) {
                throw new IllegalArgumentException("detection of video " + d.videoId() + " passed with video " + video.id());
            }
            Integer k = categoryIndex.get(d.categoryId());
            if (k != null) {
                dts.get(k).add(d);
            }
        }
        Cell[][] cells = new Cell[k0][];
        for (int k = 0; k < k0; k++) {
            cells[k] = evaluateCategory(gts.get(k), dts.get(k));
        }
        videos.put(video.id(), cells);
        identities.put(video.id(), YtvisIdentity.of(video, detections));
    }

    /**
     * Returns the summary numbers and per-category AP of every video processed since the last reset, and their
     * identity figures (videos in increasing id order).
     */
    @Override
    public YtvisResult evaluate() {
        int k0 = categoryIds.length;
        double[][][][][] precision = new double[T][R][k0][A][M];
        double[][][][] recall = new double[T][k0][A][M];
        for (double[][][][] a : precision) {
            for (double[][][] b : a) {
                for (double[][] c : b) {
                    for (double[] d : c) {
                        Arrays.fill(d, -1);
                    }
                }
            }
        }
        for (double[][][] a : recall) {
            for (double[][] b : a) {
                for (double[] c : b) {
                    Arrays.fill(c, -1);
                }
            }
        }
        for (int k = 0; k < k0; k++) {
            for (int a = 0; a < A; a++) {
                List<Cell> cells = new ArrayList<>();
                for (Cell[][] v : videos.values()) {
                    if (v[k][a] != null) {
                        cells.add(v[k][a]);
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                for (int m = 0; m < M; m++) {
                    accumulate(cells, YtvisParams.MAX_DETS[m], k, a, m, precision, recall);
                }
            }
        }
        Map<String, Double> stats = new LinkedHashMap<>();
        stats.put("AP", meanPrecision(precision, -1, 0, 2));
        stats.put("AP50", meanPrecision(precision, indexOf(0.5), 0, 2));
        stats.put("AP75", meanPrecision(precision, indexOf(0.75), 0, 2));
        stats.put("APs", meanPrecision(precision, -1, 1, 2));
        stats.put("APm", meanPrecision(precision, -1, 2, 2));
        stats.put("APl", meanPrecision(precision, -1, 3, 2));
        stats.put("AR1", meanRecall(recall, 0, 0));
        stats.put("AR10", meanRecall(recall, 0, 1));
        stats.put("AR100", meanRecall(recall, 0, 2));
        stats.put("ARs", meanRecall(recall, 1, 2));
        stats.put("ARm", meanRecall(recall, 2, 2));
        stats.put("ARl", meanRecall(recall, 3, 2));
        Map<Integer, Double> perCategory = new LinkedHashMap<>();
        for (int k = 0; k < k0; k++) {
            double[] kept = new double[T * R];
            int n = 0;
            for (int t = 0; t < T; t++) {
                for (int r = 0; r < R; r++) {
                    double p = precision[t][r][k][0][M - 1];
                    if (p > -1) {
                        kept[n++] = p;
                    }
                }
            }
            perCategory.put(categoryIds[k], n == 0 ? -1 : NumpyMath.mean(kept, 0, n));
        }
        return new YtvisResult(stats, perCategory, List.of(), IdentityResult.of(List.copyOf(identities.values())));
    }

    /** Evaluates a results file against a YouTube-VIS ground-truth file (frames are not read). */
    public static YtvisResult evaluate(Path gtJson, Path resultsJson) {
        YtvisDataset gt = YtvisDataset.open(gtJson, null);
        Map<Integer, YtvisVideo> byId = new LinkedHashMap<>();
        for (YtvisVideo v : gt.videos()) {
            byId.put(v.id(), v);
        }
        YtvisResultsFile results = YtvisResultsFile.read(resultsJson, byId,
                gt.categories().stream().map(Category::id).collect(java.util.stream.Collectors.toSet()));
        YtvisResult r = evaluate(gt, results.detections());
        return new YtvisResult(r.stats(), r.perCategoryAp(), results.warnings(), r.identity());
    }

    /** Evaluates detections against a loaded ground truth, videos in parallel. */
    public static YtvisResult evaluate(YtvisDataset gt, List<YtvisDetection> detections) {
        List<Integer> cats = gt.categories().stream().map(Category::id).toList();
        YtvisEvaluator evaluator = new YtvisEvaluator(cats);
        Map<Integer, List<YtvisDetection>> byVideo = new LinkedHashMap<>();
        for (YtvisDetection d : detections) {
            byVideo.computeIfAbsent(d.videoId(), v -> new ArrayList<>()).add(d);
        }
        List<YtvisVideo> vids = gt.videos();
        for (YtvisVideo v : vids) {
            byVideo.remove(v.id());
        }
        if (!byVideo.isEmpty()) {
            throw new IllegalArgumentException("detections refer to videos not in the ground truth: " + byVideo.keySet());
        }
        for (YtvisDetection d : detections) {
            byVideo.computeIfAbsent(d.videoId(), v -> new ArrayList<>()).add(d);
        }
        IntStream.range(0, vids.size()).parallel().forEach(i -> {
            YtvisVideo v = vids.get(i);
            evaluator.process(v, byVideo.getOrDefault(v.id(), List.of()));
        });
        return evaluator.evaluate();
    }

    /** The matching of one (video, category, area range), as the official {@code evaluateVid} returns it. */
    private record Cell(double[] scores, boolean[][] matched, boolean[][] ignored, int nonIgnoredGt) {}

    /** Returns the four area-range cells of one (video, category); null cells where there is nothing. */
    private static Cell[] evaluateCategory(List<YtvisTrack> gt, List<YtvisDetection> dtAll) {
        Cell[] cells = new Cell[A];
        if (gt.isEmpty() && dtAll.isEmpty()) {
            return cells;
        }
        // Stable sort by descending score (np.argsort(-score, kind='mergesort')), then the first 100.
        List<YtvisDetection> dt = sortByScore(dtAll);
        if (dt.size() > MAX_DET) {
            dt = dt.subList(0, MAX_DET);
        }
        int g0 = gt.size();
        int d0 = dt.size();
        double[][] ious = new double[d0][g0];
        for (int d = 0; d < d0; d++) {
            for (int g = 0; g < g0; g++) {
                ious[d][g] = VideoIou.of(dt.get(d).segmentations(), gt.get(g).segmentations());
            }
        }
        double[] gtArea = new double[g0];
        for (int g = 0; g < g0; g++) {
            gtArea[g] = YtvisParams.averageArea(gt.get(g).areas());
        }
        double[] dtArea = new double[d0];
        double[] scores = new double[d0];
        for (int d = 0; d < d0; d++) {
            List<Long> areas = new ArrayList<>();
            for (Rle r : dt.get(d).segmentations()) {
                areas.add(r == null ? null : r.area());
            }
            dtArea[d] = YtvisParams.averageArea(areas);
            scores[d] = dt.get(d).score();
        }
        for (int a = 0; a < A; a++) {
            cells[a] = match(gt, gtArea, dtArea, scores, ious, YtvisParams.AREA_RANGES[a]);
        }
        return cells;
    }

    private static Cell match(List<YtvisTrack> gtIn, double[] gtAreaIn, double[] dtArea, double[] scores,
            double[][] iousIn, double[] range) {
        int g0 = gtIn.size();
        int d0 = scores.length;
        // Ignore flag: crowd, or average area outside [lo, hi] (both ends inclusive); ignored GT go last (stable).
        boolean[] ignoreIn = new boolean[g0];
        for (int g = 0; g < g0; g++) {
            ignoreIn[g] = gtIn.get(g).crowd() || gtAreaIn[g] < range[0] || gtAreaIn[g] > range[1];
        }
        int[] order = new int[g0];
        int n = 0;
        for (int g = 0; g < g0; g++) {
            if (!ignoreIn[g]) {
                order[n++] = g;
            }
        }
        int nonIgnored = n;
        for (int g = 0; g < g0; g++) {
            if (ignoreIn[g]) {
                order[n++] = g;
            }
        }
        boolean[] gtIgnore = new boolean[g0];
        boolean[] crowd = new boolean[g0];
        long[] gtId = new long[g0];
        for (int g = 0; g < g0; g++) {
            gtIgnore[g] = ignoreIn[order[g]];
            crowd[g] = gtIn.get(order[g]).crowd();
            gtId[g] = gtIn.get(order[g]).id();
        }
        boolean[][] matched = new boolean[T][d0];
        boolean[][] ignored = new boolean[T][d0];
        for (int t = 0; t < T; t++) {
            boolean[] gtMatched = new boolean[g0];
            for (int d = 0; d < d0; d++) {
                double best = Math.min(YtvisParams.IOU_THRESHOLDS[t], 1 - 1e-10);
                int m = -1;
                for (int g = 0; g < g0; g++) {
                    // A matched GT is taken, unless it is crowd (crowd absorbs any number of detections).
                    if (gtMatched[g] && !crowd[g]) {
                        continue;
                    }
                    // Matched to a regular GT and only ignored ones are left: stop.
                    if (m > -1 && !gtIgnore[m] && gtIgnore[g]) {
                        break;
                    }
                    double iou = iousIn[d][order[g]];
                    if (iou < best) {
                        continue;
                    }
                    best = iou;
                    m = g;
                }
                if (m == -1) {
                    continue;
                }
                ignored[t][d] = gtIgnore[m];
                // The official tool records the GT id and later tests it for truth: a GT with id 0 never counts
                // as a match.
                matched[t][d] = gtId[m] != 0;
                gtMatched[m] = true;
            }
            for (int d = 0; d < d0; d++) {
                // An unmatched detection whose own average area is outside the range is ignored.
                if (!matched[t][d] && (dtArea[d] < range[0] || dtArea[d] > range[1])) {
                    ignored[t][d] = true;
                }
            }
        }
        return new Cell(scores, matched, ignored, nonIgnored);
    }

    private static void accumulate(List<Cell> cells, int maxDet, int k, int a, int m, double[][][][][] precision,
            double[][][][] recall) {
        int total = 0;
        int npig = 0;
        for (Cell c : cells) {
            total += Math.min(maxDet, c.scores.length);
            npig += c.nonIgnoredGt;
        }
        if (npig == 0) {
            return;
        }
        double[] scores = new double[total];
        int[] cellOf = new int[total];
        int[] indexIn = new int[total];
        int n = 0;
        for (int ci = 0; ci < cells.size(); ci++) {
            Cell c = cells.get(ci);
            for (int d = 0; d < Math.min(maxDet, c.scores.length); d++) {
                scores[n] = c.scores[d];
                cellOf[n] = ci;
                indexIn[n] = d;
                n++;
            }
        }
        int[] order = stableDescending(scores);
        double[] rc = new double[total];
        double[] pr = new double[total];
        double[] rThr = YtvisParams.RECALL_THRESHOLDS;
        for (int t = 0; t < T; t++) {
            long tp = 0;
            long fp = 0;
            for (int i = 0; i < total; i++) {
                Cell c = cells.get(cellOf[order[i]]);
                int d = indexIn[order[i]];
                if (!c.ignored[t][d]) {
                    if (c.matched[t][d]) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
                rc[i] = tp / (double) npig;
                pr[i] = tp / ((double) fp + (double) tp + EPS);
            }
            recall[t][k][a][m] = total > 0 ? rc[total - 1] : 0;
            // Precision envelope: make precision non-increasing from the back.
            for (int i = total - 1; i > 0; i--) {
                if (pr[i] > pr[i - 1]) {
                    pr[i - 1] = pr[i];
                }
            }
            // For each recall threshold, precision at the first detection reaching it (searchsorted 'left');
            // once no detection reaches a threshold, it and every higher one stay 0.
            int i = 0;
            for (int r = 0; r < R; r++) {
                while (i < total && rc[i] < rThr[r]) {
                    i++;
                }
                precision[t][r][k][a][m] = i < total ? pr[i] : 0;
            }
        }
    }

    /** Indices of {@code s} by descending value; equal values keep their order (numpy mergesort of -s). */
    private static int[] stableDescending(double[] s) {
        Integer[] idx = new Integer[s.length];
        for (int i = 0; i < s.length; i++) {
            idx[i] = i;
        }
        // Primitive comparisons, so that 0.0 and -0.0 tie as they do in numpy.
        Arrays.sort(idx, (x, y) -> s[x] > s[y] ? -1 : s[x] < s[y] ? 1 : 0);
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    private static List<YtvisDetection> sortByScore(List<YtvisDetection> dt) {
        double[] s = new double[dt.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = dt.get(i).score();
        }
        int[] order = stableDescending(s);
        List<YtvisDetection> out = new ArrayList<>(s.length);
        for (int i : order) {
            out.add(dt.get(i));
        }
        return out;
    }

    private static int indexOf(double iou) {
        for (int t = 0; t < T; t++) {
            if (YtvisParams.IOU_THRESHOLDS[t] == iou) {
                return t;
            }
        }
        throw new IllegalArgumentException("no IoU threshold equals " + iou);
    }

    /** Mean of the precision values above −1 in C order (t, r, k); −1 if none. {@code t < 0} = all thresholds. */
    private static double meanPrecision(double[][][][][] p, int tOnly, int a, int m) {
        int k0 = p[0][0].length;
        double[] kept = new double[T * R * Math.max(1, k0)];
        int n = 0;
        for (int t = 0; t < T; t++) {
            if (tOnly >= 0 && t != tOnly) {
                continue;
            }
            for (int r = 0; r < R; r++) {
                for (int k = 0; k < k0; k++) {
                    double v = p[t][r][k][a][m];
                    if (v > -1) {
                        kept[n++] = v;
                    }
                }
            }
        }
        return n == 0 ? -1 : NumpyMath.mean(kept, 0, n);
    }

    /** Mean of the recall values above −1 in C order (t, k); −1 if none. */
    private static double meanRecall(double[][][][] rc, int a, int m) {
        int k0 = rc[0].length;
        double[] kept = new double[T * Math.max(1, k0)];
        int n = 0;
        for (int t = 0; t < T; t++) {
            for (int k = 0; k < k0; k++) {
                double v = rc[t][k][a][m];
                if (v > -1) {
                    kept[n++] = v;
                }
            }
        }
        return n == 0 ? -1 : NumpyMath.mean(kept, 0, n);
    }
}

package org.srnet.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.UserError;
import org.srnet.data.YtvisTrack;
import org.srnet.data.YtvisVideo;
import org.srnet.mask.Rle;
import org.srnet.mask.SegmentationJson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class YtvisEvaluatorTest {
    private static final int H = 4;
    private static final int W = 4;

    /** A 4x4 mask with the first {@code n} pixels (row-major) set. */
    static Rle first(int n) {
        byte[] m = new byte[H * W];
        Arrays.fill(m, 0, n, (byte) 1);
        return Rle.encode(m, H, W);
    }

    /** A 4x4 mask with pixels {@code from..to-1} (row-major) set. */
    static Rle span(int from, int to) {
        byte[] m = new byte[H * W];
        Arrays.fill(m, from, to, (byte) 1);
        return Rle.encode(m, H, W);
    }

    static YtvisTrack track(int id, int cat, boolean crowd, Rle... masks) {
        List<Rle> segs = Arrays.asList(masks);
        List<Double> areas = new ArrayList<>();
        for (Rle r : masks) {
            areas.add(r == null ? null : (double) r.area());
        }
        return new YtvisTrack(id, cat, crowd, segs, areas);
    }

    static YtvisVideo video(int id, YtvisTrack... tracks) {
        int frames = tracks.length == 0 ? 1 : tracks[0].segmentations().size();
        List<Path> files = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            files.add(Path.of("v" + id, f + ".jpg"));
        }
        return new YtvisVideo(id, "v" + id, W, H, files, List.of(tracks));
    }

    static YtvisDetection det(int video, int cat, double score, Rle... masks) {
        return new YtvisDetection(video, cat, score, Arrays.asList(masks));
    }

    @Test
    void videoIouSumsOverFramesAndFollowsZip() {
        // Frame 0: d = 8 px, g = 4 px inside d -> I 4, U 8. Frame 1: only g (4 px) -> U 4. Frame 2: only d (2 px).
        List<Rle> d = Arrays.asList(first(8), null, first(2));
        List<Rle> g = Arrays.asList(first(4), first(4), null);
        assertThat(VideoIou.of(d, g)).isEqualTo(4.0 / 14);
        // A longer ground truth is cut to the detection's length: its third frame never counts.
        assertThat(VideoIou.of(d.subList(0, 2), Arrays.asList(first(4), first(4), first(16)))).isEqualTo(4.0 / 12);
        assertThat(VideoIou.of(Arrays.asList(null, null), Arrays.asList(null, null))).isEqualTo(0.0);
        // Differently sized masks in one frame add nothing to either sum.
        Rle other = Rle.encode(new byte[] {1, 1, 1, 1, 1, 1}, 2, 3);
        assertThat(VideoIou.of(Arrays.asList(other, first(2)), Arrays.asList(first(4), first(2)))).isEqualTo(1.0);
    }

    @Test
    void precisionCarriesTheOfficialEpsilon() {
        // pr = tp / (tp + fp + eps): a lone hit has precision 1 / (1 + 2^-52) = 0.9999999999999998, as in numpy.
        YtvisVideo v = video(1, track(1, 1, false, span(0, 4)));
        assertThat(run(List.of(v), det(1, 1, 0.9, span(0, 4))).perCategoryAp().get(1))
                .isEqualTo(NumpyMath.mean(filled(1010, 1 / (1 + Math.ulp(1.0)))));
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    @Test
    void tiesKeepFileOrderWhenSortingByScore() {
        YtvisVideo v = video(1, track(1, 1, false, span(0, 4), span(0, 4)), track(2, 1, false, span(8, 12), span(8, 12)));
        // Scores 0.9 (hits GT 1), 0.8 (misses), 0.8 (hits GT 2): order TP, FP, TP by file order of the tie.
        YtvisResult r = run(List.of(v), det(1, 1, 0.9, span(0, 4), span(0, 4)),
                det(1, 1, 0.8, span(14, 16), span(14, 16)), det(1, 1, 0.8, span(8, 12), span(8, 12)));
        // rc = .5, .5, 1; pr = 1, .5, 2/3 -> envelope 1, 2/3, 2/3: recall thresholds 0..0.5 (51 of them) get 1,
        // the 50 above get 2/(1+2+eps).
        double twoThirds = 2.0 / (1.0 + 2.0 + Math.ulp(1.0));
        double expected = (51 + 50 * twoThirds) / 101;
        assertThat(r.get("AP")).isCloseTo(expected, within(1e-15));
        assertThat(r.get("AP50")).isCloseTo(expected, within(1e-15));
        assertThat(r.get("AR1")).isEqualTo(0.5);
        assertThat(r.get("AR10")).isEqualTo(1.0);
        // Swapping the tied detections in the file puts the hit first: TP, TP, FP -> AP 1 (2 / (2 + eps) == 1).
        YtvisResult swapped = run(List.of(v), det(1, 1, 0.9, span(0, 4), span(0, 4)),
                det(1, 1, 0.8, span(8, 12), span(8, 12)), det(1, 1, 0.8, span(14, 16), span(14, 16)));
        assertThat(swapped.get("AP")).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void iouThresholdsUseTheLinspaceValues() {
        // One GT of 10 px per frame (2 frames), detection covering 9 of them: IoU 18/20 = 0.9 exactly, which
        // passes the threshold 0.8999999999999999 but not 0.95: 9 of 10 thresholds match.
        YtvisVideo v = video(1, track(1, 1, false, first(10), first(10)));
        YtvisResult r = run(List.of(v), det(1, 1, 0.5, first(9), first(9)));
        assertThat(r.get("AP")).isCloseTo(0.9, within(1e-15));
        assertThat(r.get("AR100")).isCloseTo(0.9, within(1e-15));
        assertThat(r.get("AP75")).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void recallOfExactlySevenTenthsMissesTheSeventyPercentThreshold() {
        List<YtvisVideo> videos = new ArrayList<>();
        List<YtvisDetection> dets = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            videos.add(video(i, track(i, 1, false, first(4))));
            if (i <= 7) {
                dets.add(det(i, 1, 1.0 - i * 0.01, first(4)));
            }
        }
        YtvisResult r = new YtvisEvaluatorRunner(videos).run(dets);
        // Thresholds 0.00..0.69 (70 of 101) reach precision 1; 0.7000000000000001 is above recall 0.7.
        assertThat(r.get("AP")).isEqualTo(70.0 / 101);
        assertThat(r.get("AR100")).isEqualTo(0.7);
    }

    @Test
    void crowdRegionsAbsorbDetectionsWithoutFalsePositives() {
        YtvisVideo v = video(1, track(1, 1, false, span(0, 4)), track(2, 1, true, span(8, 16)));
        // Two detections on the crowd region: both matched to it and ignored; one true hit.
        YtvisResult r = run(List.of(v), det(1, 1, 0.95, span(8, 16)), det(1, 1, 0.9, span(8, 16)),
                det(1, 1, 0.5, span(0, 4)));
        assertThat(r.get("AP")).isCloseTo(1.0, within(1e-15));
        assertThat(r.get("AR1")).isEqualTo(0.0);
        assertThat(r.get("AR10")).isEqualTo(1.0);
    }

    @Test
    void areaRangesUseTheMeanOfTruthyJsonAreas() {
        // Areas [null, 0, 100, 200] average to 150 (small). 16384 is both small and medium (inclusive ends).
        YtvisTrack small = new YtvisTrack(1, 1, false, Arrays.asList(null, first(1), first(2), first(3)),
                Arrays.asList(null, 0.0, 100.0, 200.0));
        YtvisTrack edge = new YtvisTrack(2, 2, false, Arrays.asList(first(4), null, null, null),
                Arrays.asList(16384.0, null, null, null));
        assertThat(YtvisParams.averageArea(small.areas())).isEqualTo(150.0);
        YtvisVideo v = new YtvisVideo(1, "v", W, H, List.of(Path.of("a"), Path.of("b"), Path.of("c"), Path.of("d")),
                List.of(small, edge));
        // The detections themselves are tiny (average area < 16384): unmatched ones would be ignored outside small.
        YtvisResult r = run(List.of(v), det(1, 1, 0.9, null, first(1), first(2), first(3)),
                det(1, 2, 0.9, first(4), null, null, null));
        assertThat(r.get("APs")).isCloseTo(1.0, within(1e-15));
        assertThat(r.get("APm")).isCloseTo(1.0, within(1e-15));
        assertThat(r.get("APl")).isEqualTo(-1.0);
        assertThat(r.get("ARl")).isEqualTo(-1.0);
        assertThat(r.perCategoryAp().get(1)).isCloseTo(1.0, within(1e-15));
        assertThat(r.perCategoryAp().get(2)).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void maxDetsCutPerVideoAndCategory() {
        YtvisVideo v = video(1, track(1, 1, false, span(0, 4)));
        List<YtvisDetection> dets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            dets.add(det(1, 1, 0.9 - i * 0.01, span(12, 16)));
        }
        dets.add(det(1, 1, 0.1, span(0, 4)));
        YtvisResult r = new YtvisEvaluatorRunner(List.of(v)).run(dets);
        assertThat(r.get("AR1")).isEqualTo(0.0);
        assertThat(r.get("AR10")).isEqualTo(0.0);
        assertThat(r.get("AR100")).isEqualTo(1.0);
        // The hit comes 11th: precision 1/11 at every recall threshold.
        assertThat(r.get("AP")).isCloseTo(1 / (11 + Math.ulp(1.0)), within(1e-15));
    }

    @Test
    void categoriesWithoutGroundTruthAreExcluded() {
        YtvisVideo v = video(1, track(1, 1, false, span(0, 4)));
        YtvisResult r = run(List.of(v), det(1, 1, 0.9, span(0, 4)), det(1, 2, 0.95, span(0, 4)));
        assertThat(r.get("AP")).isCloseTo(1.0, within(1e-15));
        assertThat(r.perCategoryAp().get(1)).isCloseTo(1.0, within(1e-15));
        assertThat(r.perCategoryAp()).containsEntry(2, -1.0);
        assertThat(run(List.of(v)).get("AP")).isEqualTo(0.0);
    }

    @Test
    void summaryLinesMatchTheOfficialFormat() {
        YtvisVideo v = video(1, track(1, 1, false, span(0, 4)));
        List<String> lines = run(List.of(v), det(1, 1, 0.9, span(0, 4))).summaryLines();
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).isEqualTo(" Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 1.000");
        assertThat(lines.get(1)).isEqualTo(" Average Precision  (AP) @[ IoU=0.50      | area=   all | maxDets=100 ] = 1.000");
        assertThat(lines.get(5)).isEqualTo(" Average Precision  (AP) @[ IoU=0.50:0.95 | area= large | maxDets=100 ] = -1.000");
        assertThat(lines.get(6)).isEqualTo(" Average Recall     (AR) @[ IoU=0.50:0.95 | area=   all | maxDets=  1 ] = 1.000");
        assertThat(YtvisResult.format3(1.0005)).isEqualTo("1.000");
        assertThat(YtvisResult.format3(0.0125)).isEqualTo("0.013");
    }

    @Test
    void readsFilesAcceptsUncompressedResultsAndRejectsUnknownVideos(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode gt = json.createObjectNode();
        ObjectNode vid = gt.putArray("videos").addObject();
        vid.put("id", 1).put("width", W).put("height", H).put("length", 2);
        vid.putArray("file_names").add("v/0.jpg").add("v/1.jpg");
        gt.putArray("categories").addObject().put("id", 1).put("name", "cat");
        ObjectNode ann = gt.putArray("annotations").addObject();
        ann.put("id", 1).put("video_id", 1).put("category_id", 1).put("iscrowd", 0);
        ann.putArray("segmentations").add(SegmentationJson.toUncompressedJson(span(0, 4))).addNull();
        ann.putArray("areas").add(4).addNull();
        Path gtFile = dir.resolve("gt.json");
        Files.writeString(gtFile, json.writeValueAsString(gt));

        ArrayNode res = json.createArrayNode();
        ObjectNode r1 = res.addObject().put("video_id", 1).put("category_id", 1).put("score", 0.7);
        r1.putArray("segmentations").add(SegmentationJson.toUncompressedJson(span(0, 4))).addNull();
        Path resFile = dir.resolve("res.json");
        Files.writeString(resFile, json.writeValueAsString(res));
        assertThat(YtvisEvaluator.evaluate(gtFile, resFile).get("AP")).isCloseTo(1.0, within(1e-15));

        r1.putArray("segmentations").add(SegmentationJson.toCompressedJson(span(0, 2))).addNull();
        Files.writeString(resFile, json.writeValueAsString(res));
        assertThat(YtvisEvaluator.evaluate(gtFile, resFile).get("AP50")).isCloseTo(1.0, within(1e-15));
        assertThat(YtvisEvaluator.evaluate(gtFile, resFile).get("AP75")).isEqualTo(0.0);

        Files.writeString(resFile, "[]");
        YtvisResult empty = YtvisEvaluator.evaluate(gtFile, resFile);
        assertThat(empty.get("AP")).isEqualTo(0.0);
        assertThat(empty.get("AR100")).isEqualTo(0.0);

        r1.put("video_id", 7);
        Files.writeString(resFile, json.writeValueAsString(res));
        assertThatThrownBy(() -> YtvisEvaluator.evaluate(gtFile, resFile)).isInstanceOf(UserError.class)
                .hasMessageContaining("results[0]").hasMessageContaining("video_id 7");

        r1.put("video_id", 1);
        r1.putArray("segmentations").add(SegmentationJson.toCompressedJson(span(0, 4)));
        Files.writeString(resFile, json.writeValueAsString(res));
        YtvisResult shortList = YtvisEvaluator.evaluate(gtFile, resFile);
        assertThat(shortList.get("AP")).isCloseTo(1.0, within(1e-15));
        assertThat(shortList.warnings()).singleElement().asString().contains("1 frames, video 1 has 2");
    }

    private static YtvisResult run(List<YtvisVideo> videos, YtvisDetection... dets) {
        return new YtvisEvaluatorRunner(videos).run(List.of(dets));
    }

    /** Feeds videos and their detections (file order) to one evaluator over categories 1 and 2. */
    record YtvisEvaluatorRunner(List<YtvisVideo> videos) {
        YtvisResult run(List<YtvisDetection> dets) {
            YtvisEvaluator e = new YtvisEvaluator(List.of(1, 2));
            for (YtvisVideo v : videos) {
                e.process(v, dets.stream().filter(d -> d.videoId() == v.id()).toList());
            }
            return e.evaluate();
        }
    }
}

package org.srnet.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.UserError;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;

class DavisEvaluatorTest {

    /** An in-memory sequence. */
    record Memory(String name, List<LabelMap> gt, List<LabelMap> pred) implements DavisSequence {
        @Override
        public int frameCount() {
            return gt.size();
        }

        @Override
        public String frameId(int t) {
            return String.format("%05d", t);
        }

        @Override
        public LabelMap groundTruth(int t) {
            return gt.get(t);
        }

        @Override
        public LabelMap prediction(int t) {
            return pred.get(t);
        }
    }

    @Test
    void fastFrameScorerAgreesWithTheReferenceMeasures() {
        Random rnd = new Random(3);
        for (int trial = 0; trial < 60; trial++) {
            // Odd trials draw solid rectangles on larger frames, so the word-at-a-time paths run too.
            boolean solid = trial % 2 == 1;
            int h = 5 + rnd.nextInt(solid ? 80 : 40);
            int w = 5 + rnd.nextInt(solid ? 150 : 70);
            int objects = 1 + rnd.nextInt(3);
            int rows = DavisSequenceScorer.MAX_PROPOSALS;
            byte[] gt = blobs(rnd, h, w, objects + 1, true, solid);
            byte[] pred = blobs(rnd, h, w, 4, false, solid);
            double[][] j = new double[rows][objects];
            double[][] f = new double[rows][objects];
            assertThat(new DavisFrameScorer(h, w).score(gt, pred, objects, rows, j, f)).isEqualTo(max(pred));
            byte[] voidMask = maskOf(gt, 255);
            for (int g = 1; g <= objects; g++) {
                byte[] gm = maskOf(gt, g);
                for (int p = 1; p <= rows; p++) {
                    byte[] pm = maskOf(pred, p);
                    assertThat(j[p - 1][g - 1]).as("J trial %d p %d g %d", trial, p, g)
                            .isEqualTo(RegionSimilarity.of(gm, pm, voidMask));
                    assertThat(f[p - 1][g - 1]).as("F trial %d p %d g %d", trial, p, g)
                            .isEqualTo(BoundaryMeasure.of(pm, gm, voidMask, h, w));
                }
            }
        }
    }

    @Test
    void proposalsAreMatchedByHungarianAssignmentAndListedByProposalId() {
        // Object 1 = left square, object 2 = right square. Proposal 1 covers object 2, proposal 2 object 1,
        // proposal 3 is noise in the corner.
        int h = 30;
        int w = 40;
        LabelMap gt = labels(h, w, new int[][] {{1, 5, 5, 8}, {2, 5, 25, 8}});
        LabelMap pred = labels(h, w, new int[][] {{2, 5, 5, 8}, {1, 5, 25, 8}, {3, 0, 0, 2}});
        DavisSequenceResult r = DavisSequenceScorer.score(new Memory("s", List.of(gt, gt), List.of(pred, pred)));
        assertThat(r.objects()).isEqualTo(2);
        assertThat(r.proposals()).isEqualTo(3);
        assertThat(r.matches()).extracting(DavisMatchedObject::proposal).containsExactly(1, 2);
        assertThat(r.matches()).extracting(DavisMatchedObject::object).containsExactly(2, 1);
        assertThat(r.matches().get(0).j()).containsExactly(1.0, 1.0);
        assertThat(r.matches().get(0).f()).containsExactly(1.0, 1.0);
    }

    @Test
    void missingProposalsArePaddedWithEmptyMasksAndLateLabelsAboveNAreBackground() {
        int h = 20;
        int w = 20;
        // Frame 0 has objects 1 and 2; frame 1 lacks object 2 and shows a label 3 that is not an object.
        LabelMap gt0 = labels(h, w, new int[][] {{1, 2, 2, 5}, {2, 10, 10, 5}});
        LabelMap gt1 = labels(h, w, new int[][] {{1, 2, 2, 5}, {3, 10, 10, 5}});
        // Only one proposal, exactly object 1; everything else is background.
        LabelMap p = labels(h, w, new int[][] {{1, 2, 2, 5}});
        DavisSequenceResult r = DavisSequenceScorer.score(new Memory("s", List.of(gt0, gt1), List.of(p, p)));
        assertThat(r.proposals()).isEqualTo(1);
        assertThat(r.matches()).extracting(DavisMatchedObject::proposal).containsExactly(1, 2);
        DavisMatchedObject padded = r.matches().get(1);
        assertThat(padded.object()).isEqualTo(2);
        // Empty proposal against object 2: J = F = 0 where the object is present, 1 where it is absent.
        assertThat(padded.j()).containsExactly(0.0, 1.0);
        assertThat(padded.f()).containsExactly(0.0, 1.0);
        assertThat(padded.jStats().mean()).isEqualTo(0.5);
        assertThat(padded.jStats().recall()).isEqualTo(0.5);
        // T = 2: edges 0,0,1,1,1 -> bin 0 = v[0..0], bin 3 = v[1..1].
        assertThat(padded.jStats().decay()).isEqualTo(-1.0);
    }

    @Test
    void globalNumbersPoolObjectsNotSequences() {
        int h = 20;
        int w = 20;
        LabelMap one = labels(h, w, new int[][] {{1, 2, 2, 5}});
        LabelMap two = labels(h, w, new int[][] {{1, 2, 2, 5}, {2, 10, 10, 5}});
        LabelMap empty = LabelMap.empty(w, h);
        // Sequence a: one object, perfect. Sequence b: two objects, one perfect, one missed.
        DavisResult r = DavisEvaluator.evaluate(List.of(new Memory("a", List.of(one), List.of(one)),
                new Memory("b", List.of(two), List.of(one))), 2);
        assertThat(r.get("J-Mean")).isEqualTo(2.0 / 3);
        assertThat(r.get("F-Mean")).isEqualTo(2.0 / 3);
        assertThat(r.get("J&F-Mean")).isEqualTo(2.0 / 3);
        assertThat(r.get("J-Recall")).isEqualTo(2.0 / 3);
        assertThat(r.get("J-Decay")).isEqualTo(0.0);
        assertThat(r.perObject()).extracting(DavisObjectRow::name).containsExactly("a_1", "b_1", "b_2");
        assertThat(r.global().keySet()).containsExactlyElementsOf(DavisResult.MEASURES);
        DavisResult none = DavisEvaluator.evaluate(List.of(new Memory("c", List.of(one), List.of(empty))), 1);
        assertThat(none.get("J&F-Mean")).isEqualTo(0.0);
    }

    @Test
    void readsTheDavisLayoutAndRejectsBadPredictions(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("davis");
        Path res = dir.resolve("res");
        Files.createDirectories(root.resolve("ImageSets/2017"));
        Files.writeString(root.resolve("ImageSets/2017/val.txt"), "seq\n");
        LabelMap gt = labels(20, 30, new int[][] {{1, 2, 2, 6}});
        PalettePng.write(root.resolve("Annotations_unsupervised/480p/seq/00000.png"), gt);
        PalettePng.write(root.resolve("Annotations_unsupervised/480p/seq/00001.png"), gt);
        PalettePng.write(res.resolve("seq/00000.png"), gt);
        Files.createDirectories(res.resolve("seq"));

        assertThatThrownBy(() -> DavisEvaluator.evaluate(root, res, "val")).isInstanceOf(UserError.class)
                .hasMessageContaining("00001.png").hasMessageContaining("prediction not found");

        PalettePng.write(res.resolve("seq/00001.png"), LabelMap.empty(31, 20));
        assertThatThrownBy(() -> DavisEvaluator.evaluate(root, res, "val")).isInstanceOf(UserError.class)
                .hasMessageContaining("00001.png").hasMessageContaining("31×20");

        PalettePng.write(res.resolve("seq/00001.png"), labels(20, 30, new int[][] {{21, 0, 0, 2}}));
        assertThatThrownBy(() -> DavisEvaluator.evaluate(root, res, "val")).isInstanceOf(UserError.class)
                .hasMessageContaining("proposal id 21");

        PalettePng.write(res.resolve("seq/00001.png"), gt);
        DavisResult r = DavisEvaluator.evaluate(root, res, "val");
        assertThat(r.get("J&F-Mean")).isEqualTo(1.0);
        assertThat(r.sequences().get(0).frameIds()).containsExactly("00000", "00001");
    }

    @Test
    void sequenceWithoutObjectsInItsFirstFrameContributesNoRows() {
        LabelMap allVoid = labels(10, 10, new int[][] {{255, 0, 0, 10}});
        LabelMap later = labels(10, 10, new int[][] {{1, 2, 2, 3}});
        DavisSequenceResult r = DavisSequenceScorer.score(new Memory("empty", List.of(allVoid, later),
                List.of(later, later)));
        assertThat(r.objects()).isZero();
        assertThat(r.matches()).isEmpty();
        DavisResult pooled = DavisEvaluator.evaluate(List.of(new Memory("empty", List.of(allVoid, later),
                List.of(later, later)), new Memory("one", List.of(later), List.of(later))), 1);
        assertThat(pooled.perObject()).extracting(DavisObjectRow::name).containsExactly("one_1");
        assertThat(pooled.get("J-Mean")).isEqualTo(1.0);
    }

    @Test
    void frameIdsDropTheExtensionAndEveryOtherDot() {
        assertThat(DavisFolders.frameId("00000.png")).isEqualTo("00000");
        assertThat(DavisFolders.frameId("a.b.png")).isEqualTo("ab");
    }

    static LabelMap labels(int h, int w, int[][] squares) {
        byte[] m = new byte[h * w];
        for (int[] s : squares) {
            for (int y = s[1]; y < s[1] + s[3]; y++) {
                for (int x = s[2]; x < s[2] + s[3]; x++) {
                    m[y * w + x] = (byte) s[0];
                }
            }
        }
        return new LabelMap(w, h, m);
    }

    private static int max(byte[] labels) {
        int m = 0;
        for (byte b : labels) {
            m = Math.max(m, b & 0xff);
        }
        return m;
    }

    private static byte[] maskOf(byte[] labels, int label) {
        byte[] m = new byte[labels.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = (byte) ((labels[i] & 0xff) == label ? 1 : 0);
        }
        return m;
    }

    /** Random rectangles of labels 1..maxLabel (and void, for ground truth) over a background. */
    private static byte[] blobs(Random rnd, int h, int w, int maxLabel, boolean withVoid, boolean solid) {
        byte[] m = new byte[h * w];
        List<Integer> labels = new ArrayList<>();
        for (int l = 1; l <= maxLabel; l++) {
            labels.add(l);
        }
        if (withVoid) {
            labels.add(255);
        }
        for (int l : labels) {
            int bh = 1 + rnd.nextInt(h);
            int bw = 1 + rnd.nextInt(w);
            int y0 = rnd.nextInt(h - bh + 1);
            int x0 = rnd.nextInt(w - bw + 1);
            for (int y = y0; y < y0 + bh; y++) {
                for (int x = x0; x < x0 + bw; x++) {
                    if (solid || rnd.nextInt(10) > 0) {
                        m[y * w + x] = (byte) l;
                    }
                }
            }
        }
        return m;
    }
}

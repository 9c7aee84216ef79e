package org.srnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.UserError;
import org.srnet.config.Overrides;
import org.srnet.data.synth.SynthDataset;
import org.srnet.data.synth.SynthOptions;
import org.srnet.image.RgbImage;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;
import org.srnet.methods.srnet.config.Presets;

class TrainingDataTest {
    @TempDir
    Path dir;

    private static final int W = 64;
    private static final int H = 48;

    /** A grey frame with a pure red square [x0, x0+size) × [y0, y0+size); the label map marks it as object 1. */
    private static RgbImage squareFrame(int x0, int y0, int size) {
        RgbImage img = RgbImage.black(W, H);
        float[] d = img.data();
        for (int i = 0; i < W * H; i++) {
            d[i] = 0.2f;
            d[W * H + i] = 0.6f;
            d[2 * W * H + i] = 0.6f;
        }
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                d[y * W + x] = 1f;
                d[W * H + y * W + x] = 0f;
                d[2 * W * H + y * W + x] = 0f;
            }
        }
        return img;
    }

    private static LabelMap squareLabels(int x0, int y0, int size, int label) {
        LabelMap m = LabelMap.empty(W, H);
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                m.labels()[y * W + x] = (byte) label;
            }
        }
        return m;
    }

    /** A DAVIS root with one sequence of a red square moving right by 4 px per frame. */
    private Path davis(int frames) throws Exception {
        Path root = dir.resolve("davis");
        for (int f = 0; f < frames; f++) {
            String id = String.format("%05d", f);
            // PNG frames under a .jpg name would confuse nothing but the test's precision: use the best JPEG quality.
            squareFrame(8 + 4 * f, 12, 16).writeJpeg(root.resolve("JPEGImages/480p/sq/" + id + ".jpg"), 1f);
            LabelMap l = squareLabels(8 + 4 * f, 12, 16, 1);
            l.labels()[0] = (byte) 255; // one void pixel in the corner
            PalettePng.write(root.resolve("Annotations_unsupervised/480p/sq/" + id + ".png"), l);
        }
        Files.createDirectories(root.resolve("ImageSets/2019"));
        Files.writeString(root.resolve("ImageSets/2019/train.txt"), "sq\n");
        return root;
    }

    /** A COCO file with one image holding the red square as a polygon. */
    private Path coco() throws Exception {
        Path images = dir.resolve("coco/train2017");
        squareFrame(24, 16, 16).writeJpeg(images.resolve("a.jpg"), 1f);
        Path ann = dir.resolve("coco/annotations/instances_train2017.json");
        Files.createDirectories(ann.getParent());
        Files.writeString(ann, "{\"images\":[{\"id\":1,\"file_name\":\"a.jpg\",\"width\":64,\"height\":48}],"
                + "\"annotations\":[{\"id\":5,\"image_id\":1,\"category_id\":3,\"iscrowd\":0,"
                + "\"segmentation\":[[24,16,40,16,40,32,24,32]]}],\"categories\":[{\"id\":3,\"name\":\"square\"}]}");
        return ann;
    }

    private static DataOptions small() {
        return DataOptions.defaults().withSize(W, H);
    }

    /** Fraction of the mask's pixels that are red in the frame, and of the red pixels that are in the mask. */
    private static double[] agreement(float[] rgb, byte[] mask) {
        int plane = W * H;
        int inMask = 0;
        int redInMask = 0;
        int red = 0;
        for (int i = 0; i < plane; i++) {
            boolean isRed = rgb[i] - rgb[plane + i] > 0.4;
            red += isRed ? 1 : 0;
            if (mask[i] != 0) {
                inMask++;
                redInMask += isRed ? 1 : 0;
            }
        }
        return new double[] {(double) redInMask / inMask, red == 0 ? 1 : (double) redInMask / red};
    }

    @Test
    void synthesizedPairsKeepMasksOnTheSquare() throws Exception {
        DataOptions o = small().withSynthesis(new PairSynthesis(10, 0.1, 0.8, 1.2, 5, 40 / 255.0, 5, 5 / 255.0, 0, 10));
        PairSource src = TrainingData.open(List.of(coco()), o);
        Random rnd = new Random(1);
        int moved = 0;
        for (int n = 0; n < 20; n++) {
            FramePair p = src.next(rnd);
            assertThat(p.instances()).hasSize(1);
            PairInstance i = p.instances().get(0);
            assertThat(i.category()).isEqualTo(1);
            assertThat(i.previousMask()).isNotNull();
            assertThat(i.currentMask()).isNotNull();
            // Bilinear images against nearest masks can disagree on the one-pixel rim only.
            assertThat(agreement(p.previousRgb(), i.previousMask())).satisfies(a -> assertThat(Math.min(a[0], a[1])).isGreaterThan(0.85));
            assertThat(agreement(p.currentRgb(), i.currentMask())).satisfies(a -> assertThat(Math.min(a[0], a[1])).isGreaterThan(0.85));
            moved += java.util.Arrays.equals(i.previousMask(), i.currentMask()) ? 0 : 1;
        }
        assertThat(moved).isGreaterThan(15);
    }

    @Test
    void videoPairsShareOneFlipAndCrop() throws Exception {
        // Scale jitter 1 and the training size equal to the frame size leave no room to crop: the map is the
        // identity or the mirror, so the masks are the label maps, mirrored when flipped.
        DataOptions o = small().withStaticPairs(false).withScaleJitter(1, 1).withFlipProbability(1).withMaxFrameGap(1);
        PairSource src = TrainingData.open(List.of(davis(3)), o);
        FramePair p = src.next(new Random(4));
        PairInstance i = p.instances().get(0);
        assertThat(i.trackId()).isEqualTo(1);
        byte[] prev = i.previousMask();
        byte[] cur = i.currentMask();
        int prevLeft = leftmost(prev);
        int curLeft = leftmost(cur);
        // Frames move right by 4 px; mirrored, the square moves left by 4 px: x0' = 64 − (x0 + 16).
        assertThat(prevLeft - curLeft).isEqualTo(4);
        assertThat(List.of(64 - (8 + 16), 64 - (12 + 16), 64 - (16 + 16))).contains(prevLeft);
        assertThat(agreement(p.previousRgb(), prev)).satisfies(a -> assertThat(Math.min(a[0], a[1])).isGreaterThan(0.95));
        assertThat(agreement(p.currentRgb(), cur)).satisfies(a -> assertThat(Math.min(a[0], a[1])).isGreaterThan(0.95));
        // The void pixel (0, 0) lands in the top-right corner of the ignore mask.
        assertThat(p.ignoreCurrent()).isNotNull();
        assertThat(p.ignoreCurrent()[W - 1]).isEqualTo((byte) 1);
        assertThat(TrainingData.categories(List.of(dir.resolve("davis")), o)).isEmpty();
    }

    private static int leftmost(byte[] mask) {
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i] != 0) {
                best = Math.min(best, i % W);
            }
        }
        return best;
    }

    @Test
    void instancesLeavingTheViewBecomeNull() throws Exception {
        // A huge translation range pushes the square out of frame B in some draws.
        DataOptions o = small().withSynthesis(new PairSynthesis(0, 0.9, 1, 1, 0, 0, 0, 0, 0, 10)).withScaleJitter(1, 1);
        PairSource src = TrainingData.open(List.of(coco()), o);
        Random rnd = new Random(2);
        int absent = 0;
        for (int n = 0; n < 30; n++) {
            for (PairInstance i : src.next(rnd).instances()) {
                absent += i.previousMask() == null || i.currentMask() == null ? 1 : 0;
            }
        }
        assertThat(absent).isPositive();
    }

    @Test
    void deterministicPerSeed() throws Exception {
        SynthDataset.write(dir.resolve("synth"), new SynthOptions(3, 4, 64, 48, 2, 0.34));
        List<Path> paths = List.of(dir.resolve("synth"), coco());
        PairSource a = TrainingData.open(paths, small());
        PairSource b = TrainingData.open(paths, small());
        Random ra = new Random(11);
        Random rb = new Random(11);
        boolean differs = false;
        FramePair first = null;
        for (int n = 0; n < 6; n++) {
            FramePair x = a.next(ra);
            FramePair y = b.next(rb);
            assertThat(x.previousRgb()).isEqualTo(y.previousRgb());
            assertThat(x.currentRgb()).isEqualTo(y.currentRgb());
            assertThat(x.instances()).hasSameSizeAs(y.instances());
            for (int k = 0; k < x.instances().size(); k++) {
                assertThat(x.instances().get(k).currentMask()).isEqualTo(y.instances().get(k).currentMask());
                assertThat(x.instances().get(k).category()).isEqualTo(y.instances().get(k).category());
            }
            if (first == null) {
                first = x;
            } else {
                differs |= !java.util.Arrays.equals(first.currentRgb(), x.currentRgb());
            }
        }
        assertThat(differs).isTrue();
        // The synth folder comes first, so its shape families are the categories; the COCO "square" maps to 0.
        assertThat(TrainingData.categories(paths, small()))
                .containsExactly("blob", "polygon", "star", "ring", "glyph");
        assertThat(TrainingData.categories(paths, small().withClassAgnostic(true))).isEmpty();
    }

    @Test
    void synthVideoPairsCarryCategoriesAndTracks() throws Exception {
        SynthDataset.write(dir.resolve("synth"), new SynthOptions(2, 6, 64, 48, 8, 0));
        PairSource src = TrainingData.open(List.of(dir.resolve("synth")), small().withStaticPairs(false));
        Random rnd = new Random(3);
        int instances = 0;
        for (int n = 0; n < 8; n++) {
            FramePair p = src.next(rnd);
            for (PairInstance i : p.instances()) {
                assertThat(i.category()).isBetween(1, 5);
                assertThat(i.trackId()).isPositive();
                instances++;
            }
            assertThat(p.instances()).extracting(PairInstance::trackId).doesNotHaveDuplicates();
        }
        assertThat(instances).isPositive();
        PairSource agnostic = TrainingData.open(List.of(dir.resolve("synth")), small().withClassAgnostic(true));
        for (int n = 0; n < 4; n++) {
            assertThat(agnostic.next(rnd).instances()).allSatisfy(i -> assertThat(i.category()).isEqualTo(1));
        }
    }

    @Test
    void rejectsWhatItCannotUse() throws Exception {
        Path notData = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> TrainingData.open(List.of(notData), small())).isInstanceOf(UserError.class)
                .hasMessageContaining("unrecognised data folder");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"foo\": 1}");
        assertThatThrownBy(() -> TrainingData.open(List.of(other), small())).hasMessageContaining("unrecognised JSON");
        Path cocoJson = coco();
        assertThatThrownBy(() -> TrainingData.open(List.of(cocoJson), small().withStaticPairs(false)))
                .hasMessageContaining("synthesized pairs are switched off");
        assertThatThrownBy(() -> TrainingData.open(List.of(cocoJson), small().withWeights(List.of(1.0, 2.0))))
                .hasMessageContaining("2 weights given for 1 paths");
        assertThatThrownBy(() -> TrainingData.open(List.of(), small())).hasMessageContaining("no training data");
    }

    @Test
    void ytvisFrameOfAnotherSizeIsAUserErrorWhenSampled() throws Exception {
        Path frames = dir.resolve("yt/JPEGImages");
        RgbImage.black(W, H).writeJpeg(frames.resolve("v/0.jpg"), 0.9f);
        RgbImage.black(W, H + 2).writeJpeg(frames.resolve("v/1.jpg"), 0.9f);
        Path json = dir.resolve("yt/train.json");
        Files.writeString(json, "{\"videos\":[{\"id\":1,\"width\":64,\"height\":48,\"file_names\":[\"v/0.jpg\",\"v/1.jpg\"]}],"
                + "\"annotations\":[{\"id\":1,\"video_id\":1,\"category_id\":1,\"segmentations\":["
                + "[[1,1,9,1,9,9,1,9]],[[1,1,9,1,9,9,1,9]]]}],\"categories\":[{\"id\":1,\"name\":\"thing\"}]}");
        PairSource src = TrainingData.open(List.of(json), small().withStaticPairs(false));
        assertThatThrownBy(() -> src.next(new Random(0))).isInstanceOf(UserError.class)
                .hasMessageContaining("1.jpg").hasMessageContaining("frame size 64x50 differs from video 1's size 64x48");
        assertThat(TrainingData.categories(List.of(json), small())).containsExactly("thing");
    }

    @Test
    void annotationOfAnotherSizeIsAUserErrorWhenSampled() throws Exception {
        Path root = davis(2);
        PalettePng.write(root.resolve("Annotations_unsupervised/480p/sq/00001.png"), LabelMap.empty(W + 1, H));
        PairSource src = TrainingData.open(List.of(root), small().withStaticPairs(false));
        assertThatThrownBy(() -> src.next(new Random(0))).isInstanceOf(UserError.class)
                .hasMessageContaining("00001.png").hasMessageContaining("annotation size 65x48 differs from its frame");
    }

    @Test
    void theSynthStreamGivesOnlyVideoPairsOfMovingObjectsRepeatablyPerSeed() {
        // Static pairs are on: the stream must still never synthesize one (a single frame of this world does not say
        // what the objects are), so every instance keeps its track id and most appear in both frames.
        DataOptions options = small().withStaticPairs(true);
        PairSource a = TrainingData.open(List.of(Path.of("synth-stream")), options);
        PairSource b = TrainingData.open(List.of(Path.of("synth-stream")), options);
        assertThat(TrainingData.categories(List.of(Path.of("synth-stream")), options))
                .containsExactly("blob", "polygon", "star", "ring", "glyph");
        int instances = 0;
        int moved = 0;
        for (int n = 0; n < 12; n++) {
            FramePair x = a.next(new Random(n));
            FramePair y = b.next(new Random(n));
            assertThat(x.currentRgb()).isEqualTo(y.currentRgb());
            assertThat(x.previousRgb()).isNotEqualTo(x.currentRgb());
            for (PairInstance i : x.instances()) {
                assertThat(i.category()).isBetween(1, 5);
                instances++;
                if (i.previousMask() != null && i.currentMask() != null
                        && !java.util.Arrays.equals(i.previousMask(), i.currentMask())) {
                    moved++;
                }
            }
        }
        assertThat(instances).isGreaterThan(12);
        assertThat(moved).isGreaterThan(instances / 2);
    }

    @Test
    void withoutSynthesizedDataEveryPairIsAVideoPair() throws Exception {
        Path root = davis(4);
        // The Table 2 switch as --set applies it; the square then moves right by exactly 4 px per frame of gap,
        // which no synthesized pair (an independent affine warp of one frame) reproduces.
        for (boolean staticPairs : new boolean[] {false, true}) {
            DataOptions o = Overrides.apply(Presets.get("cpu-small"),
                    List.of("data.staticPairs=" + staticPairs, "data.staticPairRatio=1")).data()
                    .withSize(W, H).withScaleJitter(1, 1).withFlipProbability(0);
            PairSource src = TrainingData.open(List.of(root), o);
            Random rnd = new Random(9);
            int videoLike = 0;
            for (int n = 0; n < 12; n++) {
                PairInstance i = src.next(rnd).instances().get(0);
                int shift = leftmost(i.currentMask()) - leftmost(i.previousMask());
                boolean sameSquare = count(i.currentMask()) == 16 * 16 && count(i.previousMask()) == 16 * 16;
                videoLike += sameSquare && shift > 0 && shift % 4 == 0 ? 1 : 0;
            }
            assertThat(videoLike).isEqualTo(staticPairs ? 0 : 12);
        }
    }

    private static int count(byte[] mask) {
        int n = 0;
        for (byte b : mask) {
            n += b != 0 ? 1 : 0;
        }
        return n;
    }
}

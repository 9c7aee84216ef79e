package org.srnet.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.UserError;
import org.srnet.data.Category;
import org.srnet.data.DavisDataset;
import org.srnet.data.DavisSequence;
import org.srnet.data.YtvisDataset;
import org.srnet.data.YtvisTrack;
import org.srnet.data.YtvisVideo;
import org.srnet.image.RgbImage;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;
import org.srnet.mask.Rle;

class SynthDatasetTest {
    @TempDir
    Path dir;

    private static final SynthOptions SMALL = new SynthOptions(4, 5, 64, 48, 3, 0.25);

    @Test
    void roundTripsThroughBothReaders() {
        Path out = dir.resolve("synth");
        SynthDataset.Summary s = SynthDataset.write(out, SMALL);
        assertThat(s.trainVideos()).isEqualTo(3);
        assertThat(s.valVideos()).isEqualTo(1);
        assertThat(SynthDataset.isSynthRoot(out)).isTrue();

        DavisDataset davis = DavisDataset.open(out, "train");
        assertThat(davis.sequences()).hasSize(3);
        YtvisDataset ytvis = YtvisDataset.open(SynthDataset.ytvisJson(out, "train"), SynthDataset.framesRoot(out));
        assertThat(ytvis.categories()).extracting(Category::name)
                .containsExactly("blob", "polygon", "star", "ring", "glyph");
        assertThat(ytvis.videos()).hasSize(3);
        int objects = 0;
        for (int v = 0; v < 3; v++) {
            DavisSequence seq = davis.sequences().get(v);
            YtvisVideo video = ytvis.videos().get(v);
            assertThat(video.name()).isEqualTo(seq.name());
            assertThat(video.frames()).isEqualTo(seq.frames());
            for (int f = 0; f < 5; f++) {
                LabelMap labels = PalettePng.read(seq.annotations().get(f));
                assertThat(labels.width()).isEqualTo(64);
                RgbImage frame = RgbImage.read(seq.frames().get(f));
                assertThat(frame.width()).isEqualTo(64);
                assertThat(frame.height()).isEqualTo(48);
                assertThat(labels.maxLabel(255)).isLessThanOrEqualTo(video.tracks().size());
                for (int k = 1; k <= video.tracks().size(); k++) {
                    Rle rle = video.tracks().get(k - 1).segmentations().get(f);
                    byte[] mask = labels.mask(k);
                    if (rle == null) {
                        assertThat(mask).containsOnly(0);
                    } else {
                        assertThat(rle.decode()).isEqualTo(mask);
                        assertThat(video.tracks().get(k - 1).areas().get(f)).isEqualTo((double) rle.area());
                    }
                }
            }
            objects += video.tracks().size();
            // The largest DAVIS label belongs to an object of the first frame (the DAVIS tool counts objects there).
            int n = video.tracks().size();
            assertThat(n).isPositive();
            assertThat(video.tracks().get(n - 1).segmentations().get(0)).isNotNull();
            for (YtvisTrack t : video.tracks()) {
                assertThat(t.segmentations()).anyMatch(r -> r != null);
            }
        }
        assertThat(objects).isPositive();
        assertThat(DavisDataset.open(out, "val").sequences()).hasSize(1);
        assertThat(Files.exists(out.resolve("ImageSets/2017/val.txt"))).isTrue();
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherVideos() throws Exception {
        SynthOptions one = new SynthOptions(1, 3, 48, 32, 5, 0);
        SynthDataset.write(dir.resolve("a"), one);
        SynthDataset.write(dir.resolve("b"), one);
        SynthDataset.write(dir.resolve("c"), one.withSeed(6));
        String f = "JPEGImages/480p/video-000/00002.jpg";
        assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
        assertThat(Files.readAllBytes(dir.resolve("c").resolve(f))).isNotEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
        String j = "ytvis/train.json";
        assertThat(Files.readString(dir.resolve("b").resolve(j))).isEqualTo(Files.readString(dir.resolve("a").resolve(j)));
    }

    @Test
    void videosAreVariedAndObjectsMove() {
        // Over a handful of seeds: several categories, objects that appear late or leave, and motion.
        int categoriesSeen = 0;
        boolean appearsLate = false;
        boolean moves = false;
        boolean[] seen = new boolean[6];
        for (long seed = 0; seed < 12; seed++) {
            SyntheticVideo v = SyntheticVideo.render(80, 48, 12, seed);
            for (ShapeFamily f : v.objectFamilies()) {
                seen[f.categoryId()] = true;
            }
            List<byte[]> labels = v.labels();
            for (int k = 1; k <= v.objectFamilies().size(); k++) {
                boolean inFirst = contains(labels.get(0), k);
                boolean later = false;
                for (int f = 1; f < labels.size(); f++) {
                    later |= contains(labels.get(f), k);
                }
                appearsLate |= !inFirst && later;
            }
            moves |= !java.util.Arrays.equals(labels.get(0), labels.get(labels.size() - 1));
        }
        for (boolean b : seen) {
            categoriesSeen += b ? 1 : 0;
        }
        assertThat(categoriesSeen).isEqualTo(5);
        assertThat(appearsLate).isTrue();
        assertThat(moves).isTrue();
    }

    private static boolean contains(byte[] labels, int k) {
        for (byte b : labels) {
            if (b == k) {
                return true;
            }
        }
        return false;
    }

    @Test
    void refusesANonEmptyForeignFolderAndBadOptions() throws Exception {
        Path out = dir.resolve("busy");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> SynthDataset.write(out, SMALL)).isInstanceOf(UserError.class)
                .hasMessageContaining("not empty");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
        assertThatThrownBy(() -> SMALL.withValFraction(1.5)).hasMessageContaining("val fraction");
        assertThatThrownBy(() -> SMALL.withSize(8, 8)).hasMessageContaining("size");
    }
}

package org.srnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.UserError;
import org.srnet.image.RgbImage;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;

class DavisDatasetTest {
    @TempDir
    Path root;

    private void sequence(String name, int frames, boolean annotate) {
        for (int i = 0; i < frames; i++) {
            String id = String.format("%05d", i);
            RgbImage.black(4, 3).writeJpeg(root.resolve("JPEGImages/480p/" + name + "/" + id + ".jpg"), 0.9f);
            if (annotate) {
                PalettePng.write(root.resolve("Annotations_unsupervised/480p/" + name + "/" + id + ".png"),
                        LabelMap.empty(4, 3));
            }
        }
    }

    @Test
    void readsSplitInFileOrder() throws Exception {
        sequence("b", 2, true);
        sequence("a", 3, true);
        Files.createDirectories(root.resolve("ImageSets/2019"));
        Files.writeString(root.resolve("ImageSets/2019/val.txt"), "b\n a \n\n");
        DavisDataset ds = DavisDataset.open(root, "val");
        assertThat(ds.sequences()).extracting(DavisSequence::name).containsExactly("b", "a");
        DavisSequence a = ds.sequences().get(1);
        assertThat(a.frames()).hasSize(3);
        assertThat(a.frameIds()).containsExactly("00000", "00001", "00002");
        assertThat(a.annotations().get(2)).isEqualTo(root.resolve("Annotations_unsupervised/480p/a/00002.png"));
        assertThat(DavisDataset.open(root).sequences()).extracting(DavisSequence::name).containsExactly("a", "b");
    }

    @Test
    void framesWithoutAnnotationsAreNull() {
        sequence("a", 2, false);
        PalettePng.write(root.resolve("Annotations/480p/a/00000.png"), LabelMap.empty(4, 3));
        DavisSequence s = DavisDataset.open(root).sequences().get(0);
        assertThat(s.annotations()).containsExactly(root.resolve("Annotations/480p/a/00000.png"), null);
    }

    @Test
    void annotationWithoutFrameIsRejected() {
        sequence("a", 2, true);
        PalettePng.write(root.resolve("Annotations_unsupervised/480p/a/00007.png"), LabelMap.empty(4, 3));
        assertThatThrownBy(() -> DavisDataset.open(root)).isInstanceOf(UserError.class)
                .hasMessageContaining("00007.png").hasMessageContaining("has no frame 00007.jpg");
    }

    @Test
    void badSplitEntriesAreRejected() throws Exception {
        sequence("a", 1, true);
        Files.createDirectories(root.resolve("ImageSets/2017"));
        Files.writeString(root.resolve("ImageSets/2017/train.txt"), "a\nmissing\n");
        assertThatThrownBy(() -> DavisDataset.open(root, "train")).isInstanceOf(UserError.class)
                .hasMessageContaining("train.txt").hasMessageContaining("'missing' has no frame folder");
        Files.writeString(root.resolve("ImageSets/2017/train.txt"), "../../etc\n");
        assertThatThrownBy(() -> DavisDataset.open(root, "train")).hasMessageContaining("escapes");
        assertThatThrownBy(() -> DavisDataset.open(root, "test")).hasMessageContaining("split list not found");
        assertThatThrownBy(() -> DavisDataset.open(root.resolve("nothing"))).hasMessageContaining("not a DAVIS root");
    }
}

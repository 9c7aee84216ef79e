package org.srnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.UserError;
import org.srnet.image.RgbImage;

class CocoDatasetTest {
    @TempDir
    Path dir;

    private Path json(String text) throws Exception {
        Path p = dir.resolve("instances.json");
        Files.writeString(p, text);
        return p;
    }

    private Path images() {
        Path root = dir.resolve("images");
        RgbImage.black(4, 3).writeJpeg(root.resolve("a.jpg"), 0.9f);
        return root;
    }

    private static final String IMAGE = "{\"id\":10,\"file_name\":\"a.jpg\",\"width\":4,\"height\":3}";

    @Test
    void readsPolygonsRleAndCrowd() throws Exception {
        Path root = images();
        Path j = json("{\"images\":[" + IMAGE + "],\"categories\":[{\"id\":7,\"name\":\"box\"}],\"annotations\":["
                + "{\"id\":1,\"image_id\":10,\"category_id\":7,\"iscrowd\":0,\"segmentation\":[[0,0,2,0,2,2,0,2]]},"
                + "{\"id\":2,\"image_id\":10,\"category_id\":7,\"iscrowd\":1,\"segmentation\":{\"size\":[3,4],\"counts\":[9,3]}}]}");
        CocoDataset ds = CocoDataset.open(j, root);
        CocoImage im = ds.images().get(0);
        assertThat(im.file()).isEqualTo(root.resolve("a.jpg"));
        assertThat(im.objects()).hasSize(2);
        // 2×2 block at the top-left of a 4-wide, 3-high image.
        assertThat(im.objects().get(0).mask().decode()).containsExactly(1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0);
        assertThat(im.objects().get(1).crowd()).isTrue();
        assertThat(im.objects().get(1).mask().decode()).containsExactly(0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1);
        assertThat(ds.categories()).containsExactly(new Category(7, "box"));
    }

    @Test
    void rejectsBadEntriesNamingThem() throws Exception {
        Path root = images();
        Path j = json("{\"images\":[{\"id\":10,\"file_name\":\"../a.jpg\",\"width\":4,\"height\":3}]}");
        assertThatThrownBy(() -> CocoDataset.open(j, root)).isInstanceOf(UserError.class)
                .hasMessageContaining("images[0] (id 10) file_name '../a.jpg'").hasMessageContaining("escapes");
        Path k = json("{\"images\":[{\"id\":10,\"file_name\":\"b.jpg\",\"width\":4,\"height\":3}]}");
        assertThatThrownBy(() -> CocoDataset.open(k, root)).hasMessageContaining("not found");
        Path m = json("{\"images\":[" + IMAGE + "],\"annotations\":[{\"id\":3,\"image_id\":10,\"category_id\":1,"
                + "\"segmentation\":{\"size\":[3,4],\"counts\":\"x~\"}}]}");
        assertThatThrownBy(() -> CocoDataset.open(m, root)).hasMessageContaining("annotations[0] (id 3, image 10) segmentation");
        Path n = json("{\"images\": [" + IMAGE + "");
        assertThatThrownBy(() -> CocoDataset.open(n, root)).hasMessageContaining("malformed JSON");
        Path o = json("{\"images\":[" + IMAGE + "],\"annotations\":[{\"id\":3,\"image_id\":99,\"category_id\":1,"
                + "\"segmentation\":[[0,0,1,0,1,1]]}]}");
        assertThatThrownBy(() -> CocoDataset.open(o, root)).hasMessageContaining("unknown image");
        CocoDataset lenient = CocoDataset.open(o, root, true);
        assertThat(lenient.skipped()).isEqualTo(1);
        assertThat(lenient.images()).hasSize(1);
    }
}

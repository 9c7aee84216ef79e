package org.srnet.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.UserError;
import org.srnet.image.RgbImage;

class YtvisDatasetTest {
    @TempDir
    Path dir;

    private Path frames() throws Exception {
        Path root = dir.resolve("JPEGImages");
        for (String f : new String[] {"vid/00000.jpg", "vid/00005.jpg"}) {
            RgbImage.black(3, 2).writeJpeg(root.resolve(f), 0.9f);
        }
        return root;
    }

    private Path json(String text) throws Exception {
        Path p = dir.resolve("ann.json");
        Files.writeString(p, text);
        return p;
    }

    private static final String VIDEO = "{\"id\":7,\"width\":3,\"height\":2,\"length\":2,"
            + "\"file_names\":[\"vid/00000.jpg\",\"vid/00005.jpg\"]}";
    private static final String CATS = "\"categories\":[{\"id\":2,\"name\":\"cat\"},{\"id\":1,\"name\":\"dog\"}]";

    @Test
    void readsEverySegmentationForm() throws Exception {
        Path root = frames();
        // frame 0: uncompressed RLE [1,2,3] (column-major: pixel (0,1) and (1,0) are foreground);
        // frame 1: polygon covering the 2×2 block at the left.
        Path j = json("{\"videos\":[" + VIDEO + "]," + CATS + ",\"annotations\":["
                + "{\"id\":3,\"video_id\":7,\"category_id\":2,\"iscrowd\":0,"
                + "\"segmentations\":[{\"size\":[2,3],\"counts\":[1,2,3]},[[0,0,2,0,2,2,0,2]]],\"areas\":[2,4]},"
                + "{\"id\":4,\"video_id\":7,\"category_id\":1,\"iscrowd\":1,"
                + "\"segmentations\":[null,{\"size\":[2,3],\"counts\":\"42\"}],\"areas\":[null,2]}]}");
        YtvisDataset ds = YtvisDataset.open(j, root);
        assertThat(ds.categories()).extracting(Category::name).containsExactly("dog", "cat");
        YtvisVideo v = ds.videos().get(0);
        assertThat(v.id()).isEqualTo(7);
        assertThat(v.name()).isEqualTo("vid");
        assertThat(v.frames()).containsExactly(root.resolve("vid/00000.jpg"), root.resolve("vid/00005.jpg"));
        YtvisTrack a = v.tracks().get(0);
        assertThat(a.categoryId()).isEqualTo(2);
        assertThat(a.crowd()).isFalse();
        assertThat(a.segmentations().get(0).decode()).containsExactly(0, 1, 0, 1, 0, 0);
        assertThat(a.segmentations().get(1).decode()).containsExactly(1, 1, 0, 1, 1, 0);
        assertThat(a.areas()).containsExactly(2.0, 4.0);
        YtvisTrack b = v.tracks().get(1);
        assertThat(b.crowd()).isTrue();
        assertThat(b.segmentations().get(0)).isNull();
        assertThat(b.segmentations().get(1).counts()).containsExactly(4, 2);
    }

    @Test
    void annotationsMayComeBeforeVideosAndCategories() throws Exception {
        Path j = json("{\"annotations\":[{\"id\":3,\"video_id\":7,\"category_id\":2,"
                + "\"segmentations\":[null,{\"size\":[2,3],\"counts\":[0,6]}]}],\"videos\":[" + VIDEO + "]," + CATS + "}");
        YtvisTrack t = YtvisDataset.open(j, null).videos().get(0).tracks().get(0);
        assertThat(t.segmentations().get(1).area()).isEqualTo(6);
        Path k = json("{\"annotations\":[{\"id\":3,\"video_id\":7,\"category_id\":9,"
                + "\"segmentations\":[null,null]}],\"videos\":[" + VIDEO + "]," + CATS + "}");
        assertThatThrownBy(() -> YtvisDataset.open(k, null)).hasMessageContaining("category_id 9");
        Path m = json("[1, 2]");
        assertThatThrownBy(() -> YtvisDataset.open(m, null)).hasMessageContaining("top level must be a JSON object");
    }

    @Test
    void annotationsOnlyWithoutFramesRoot() throws Exception {
        Path j = json("{\"videos\":[" + VIDEO + "]}");
        YtvisDataset ds = YtvisDataset.open(j, null);
        assertThat(ds.videos().get(0).frames()).containsExactly(Path.of("vid/00000.jpg"), Path.of("vid/00005.jpg"));
        assertThat(ds.videos().get(0).tracks()).isEmpty();
    }

    @Test
    void malformedJsonNamesTheFileAndPlace() throws Exception {
        Path j = json("{\"videos\": [ {\"id\": 1,, } ]}");
        assertThatThrownBy(() -> YtvisDataset.open(j, null)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(j.toString()).hasMessageContaining("malformed JSON at line 1");
    }

    @Test
    void missingFrameIsRejected() throws Exception {
        Path root = frames();
        Files.delete(root.resolve("vid/00005.jpg"));
        Path j = json("{\"videos\":[" + VIDEO + "]}");
        assertThatThrownBy(() -> YtvisDataset.open(j, root)).isInstanceOf(UserError.class)
                .hasMessageContaining("videos[0] (id 7) file_names[1]").hasMessageContaining("not found");
    }

    @Test
    void escapingFileNamesAreRejected() throws Exception {
        Path root = frames();
        for (String bad : new String[] {"../outside.jpg", "vid/../../x.jpg", "/etc/passwd"}) {
            Path j = json("{\"videos\":[{\"id\":1,\"width\":3,\"height\":2,\"file_names\":[\"" + bad + "\"]}]}");
            assertThatThrownBy(() -> YtvisDataset.open(j, root)).isInstanceOf(UserError.class)
                    .hasMessageContaining("file_names[0] '" + bad + "'");
        }
    }

    @Test
    void maskSizeMismatchAndInvalidRleAreRejected() throws Exception {
        Path root = frames();
        Path j = json("{\"videos\":[" + VIDEO + "],\"annotations\":[{\"id\":9,\"video_id\":7,\"category_id\":1,"
                + "\"segmentations\":[{\"size\":[4,3],\"counts\":[12]},null]}]}");
        assertThatThrownBy(() -> YtvisDataset.open(j, root)).isInstanceOf(UserError.class)
                .hasMessageContaining("annotations[0] (id 9, video 7) segmentations[0]")
                .hasMessageContaining("mask size 3x4 differs from its frame size 3x2");
        Path k = json("{\"videos\":[" + VIDEO + "],\"annotations\":[{\"id\":9,\"video_id\":7,\"category_id\":1,"
                + "\"segmentations\":[null,{\"size\":[2,3],\"counts\":[1,2]}]}]}");
        assertThatThrownBy(() -> YtvisDataset.open(k, root)).isInstanceOf(UserError.class)
                .hasMessageContaining("segmentations[1]").hasMessageContaining("runs sum to 3");
    }

    @Test
    void lenientLoadingSkipsAndCounts() throws Exception {
        Path root = frames();
        Path j = json("{\"videos\":[" + VIDEO + ",{\"id\":8,\"width\":3,\"height\":2,\"file_names\":[\"gone.jpg\"]}],"
                + "\"annotations\":[{\"id\":9,\"video_id\":7,\"category_id\":1,"
                + "\"segmentations\":[null,{\"size\":[2,3],\"counts\":\"4\"}]},"
                + "{\"id\":10,\"video_id\":7,\"category_id\":1,\"segmentations\":[null,null]}]}");
        assertThatThrownBy(() -> YtvisDataset.open(j, root)).isInstanceOf(UserError.class);
        YtvisDataset ds = YtvisDataset.open(j, root, true);
        assertThat(ds.skipped()).isEqualTo(2);
        assertThat(ds.videos()).hasSize(1);
        assertThat(ds.videos().get(0).tracks()).extracting(YtvisTrack::id).containsExactly(10);
    }

    @Test
    void wrongNumberOfFramesAndUnknownCategory() throws Exception {
        Path root = frames();
        Path j = json("{\"videos\":[" + VIDEO + "]," + CATS + ",\"annotations\":[{\"id\":1,\"video_id\":7,"
                + "\"category_id\":5,\"segmentations\":[null,null]}]}");
        assertThatThrownBy(() -> YtvisDataset.open(j, root)).hasMessageContaining("category_id 5");
        Path k = json("{\"videos\":[" + VIDEO + "],\"annotations\":[{\"id\":1,\"video_id\":7,"
                + "\"category_id\":1,\"segmentations\":[null]}]}");
        assertThatThrownBy(() -> YtvisDataset.open(k, root)).hasMessageContaining("one entry per frame (2), got 1");
    }
}

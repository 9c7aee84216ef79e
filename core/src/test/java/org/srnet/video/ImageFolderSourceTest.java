package org.srnet.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.UserError;

class ImageFolderSourceTest {
    @TempDir
    Path tmp;

    private static void image(Path file, int w, int h, int rgb) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, rgb);
        Files.createDirectories(file.getParent());
        ImageIO.write(img, file.toString().endsWith(".png") ? "png" : "jpeg", file.toFile());
    }

    @Test
    void naturalOrder() {
        List<String> names = new ArrayList<>(List.of("10.jpg", "2.jpg", "1.jpg", "frame_10.png", "frame_9.png", "01.jpg", "a.jpg"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("1.jpg", "01.jpg", "2.jpg", "10.jpg", "a.jpg", "frame_9.png", "frame_10.png");
    }

    @Test
    void framesComeInNaturalOrderWithNamesAndPixels() throws Exception {
        Path dir = tmp.resolve("clip");
        image(dir.resolve("10.png"), 4, 3, 0x0a0a0a);
        image(dir.resolve("2.png"), 4, 3, 0x020202);
        image(dir.resolve("1.png"), 4, 3, 0x010101);
        Files.writeString(dir.resolve(".DS_Store"), "ignored");
        try (VideoSource s = ImageFolderSource.of(dir)) {
            assertThat(s.name()).isEqualTo("clip");
            assertThat(s.frameCount()).hasValue(3);
            List<String> names = new ArrayList<>();
            List<Integer> firstPixel = new ArrayList<>();
            for (VideoFrame f : s) {
                names.add(f.name());
                firstPixel.add(f.image().getRGB(0, 0) & 0xff);
                assertThat(f.index()).isEqualTo(names.size() - 1);
            }
            assertThat(names).containsExactly("1", "2", "10");
            assertThat(firstPixel).containsExactly(1, 2, 10);
        }
    }

    @Test
    void nonImageFileIsAnErrorNamingIt() throws Exception {
        Path dir = tmp.resolve("clip");
        image(dir.resolve("0.jpg"), 4, 3, 0);
        Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> ImageFolderSource.of(dir)).isInstanceOf(UserError.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("not a frame image");
    }

    @Test
    void unreadableFrameAndSizeMismatchAreErrorsNamingTheFrame() throws Exception {
        Path dir = tmp.resolve("clip");
        image(dir.resolve("0.jpg"), 4, 3, 0);
        Files.writeString(dir.resolve("1.jpg"), "not really a jpeg");
        VideoSource s = ImageFolderSource.of(dir);
        var it = s.iterator();
        assertThat(it.next().name()).isEqualTo("0");
        assertThatThrownBy(it::next).isInstanceOf(UserError.class).hasMessageContaining("1.jpg");

        Path other = tmp.resolve("sizes");
        image(other.resolve("0.png"), 4, 3, 0);
        image(other.resolve("1.png"), 5, 3, 0);
        var it2 = ImageFolderSource.of(other).iterator();
        it2.next();
        assertThatThrownBy(it2::next).isInstanceOf(UserError.class).hasMessageContaining("1.png").hasMessageContaining("5×3");
    }

    @Test
    void emptyOrMissingFolderIsAnError() throws Exception {
        Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> ImageFolderSource.of(tmp.resolve("empty"))).isInstanceOf(UserError.class).hasMessageContaining("no frame images");
        assertThatThrownBy(() -> Sources.open(tmp.resolve("missing"))).isInstanceOf(UserError.class).hasMessageContaining("missing");
    }

    @Test
    void davisRootWithAndWithoutSplit() throws Exception {
        Path root = tmp.resolve("DAVIS");
        for (String seq : List.of("bmx-trees", "dogs-jump", "camel")) {
            image(root.resolve("JPEGImages/480p/" + seq + "/00000.jpg"), 4, 3, 0);
            image(root.resolve("JPEGImages/480p/" + seq + "/00001.jpg"), 4, 3, 0);
        }
        Files.createDirectories(root.resolve("ImageSets/2017"));
        Files.createDirectories(root.resolve("ImageSets/2019"));
        Files.writeString(root.resolve("ImageSets/2017/val.txt"), "camel\n");
        Files.writeString(root.resolve("ImageSets/2019/val.txt"), "dogs-jump\nbmx-trees\n");
        assertThat(Sources.open(root).stream().map(VideoSource::name)).containsExactly("bmx-trees", "camel", "dogs-jump");
        List<VideoSource> val = DavisSources.open(root, "val");
        assertThat(val.stream().map(VideoSource::name)).containsExactly("dogs-jump", "bmx-trees");
        assertThat(val.get(0).fps()).isEqualTo(24.0);
        Files.writeString(root.resolve("ImageSets/2019/test.txt"), "nope\n");
        assertThatThrownBy(() -> DavisSources.open(root, "test")).isInstanceOf(UserError.class).hasMessageContaining("nope");
    }

    @Test
    void ytvisJsonListsFramesRelativeToJpegImages() throws Exception {
        Path root = tmp.resolve("ytvis");
        image(root.resolve("JPEGImages/abc/00000.jpg"), 4, 3, 0);
        image(root.resolve("JPEGImages/abc/00005.jpg"), 4, 3, 0);
        Path json = root.resolve("valid.json");
        Files.writeString(json, "{\"videos\":[{\"id\":7,\"file_names\":[\"abc/00000.jpg\",\"abc/00005.jpg\"]},"
                + "{\"id\":8,\"file_names\":[\"gone/00000.jpg\"]}]}");
        List<VideoSource> s = Sources.open(json);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).name()).isEqualTo("abc");
        assertThat(s.get(0).videoId()).hasValue(7);
        List<String> names = new ArrayList<>();
        s.get(0).forEach(f -> names.add(f.name()));
        assertThat(names).containsExactly("00000", "00005");
        assertThatThrownBy(() -> s.get(1).iterator().next()).isInstanceOf(UserError.class)
                .hasMessageContaining("gone").hasMessageContaining("frame not found");

        Files.writeString(json, "{\"videos\":[{\"id\":\"x\"}]}");
        assertThatThrownBy(() -> Sources.open(json)).isInstanceOf(UserError.class).hasMessageContaining("videos[0]");
        Files.writeString(json, "{\"videos\":[");
        assertThatThrownBy(() -> Sources.open(json)).isInstanceOf(UserError.class).hasMessageContaining("malformed JSON");
    }

    @Test
    void folderOfFoldersAndUnsupportedFile() throws Exception {
        image(tmp.resolve("set/b/0.jpg"), 4, 3, 0);
        image(tmp.resolve("set/a/0.jpg"), 4, 3, 0);
        assertThat(Sources.open(tmp.resolve("set")).stream().map(VideoSource::name)).containsExactly("a", "b");
        Files.writeString(tmp.resolve("x.txt"), "x");
        assertThatThrownBy(() -> Sources.open(tmp.resolve("x.txt"))).isInstanceOf(UserError.class).hasMessageContaining("unsupported input");
    }
}

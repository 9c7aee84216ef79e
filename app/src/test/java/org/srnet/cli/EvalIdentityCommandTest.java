package org.srnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The identity figures of {@code srnet eval davis} and {@code srnet eval ytvis}: printed and in {@code --json}. */
class EvalIdentityCommandTest {

    private static LabelMap square(int label) {
        byte[] m = new byte[30 * 40];
        for (int y = 5; y < 15; y++) {
            for (int x = 5; x < 15; x++) {
                m[y * 40 + x] = (byte) label;
            }
        }
        return new LabelMap(40, 30, m);
    }

    @Test
    void davisReportsASwitchInTheTableAndTheJson(@TempDir Path dir) throws Exception {
        // One object in two frames, predicted as palette index 1 and then 2: one switch, two tracks, IDTP 1 of
        // 2 + 2 instances, so IDF1 = 0.5.
        Path root = dir.resolve("davis");
        Path res = dir.resolve("res");
        Files.createDirectories(root.resolve("ImageSets/2017"));
        Files.writeString(root.resolve("ImageSets/2017/val.txt"), "bear\n");
        for (int t = 0; t < 2; t++) {
            PalettePng.write(root.resolve("Annotations_unsupervised/480p/bear/0000" + t + ".png"), square(1));
            PalettePng.write(res.resolve("bear/0000" + t + ".png"), square(t + 1));
        }
        Path json = dir.resolve("davis.json");

        String[] r = EvalCommandTest.run("eval", "davis", "--gt", root.toString(), "--pred", res.toString(), "--json",
                json.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        String identity = r[1].substring(r[1].indexOf("Identity for val"));
        assertThat(identity).contains("IDF1").contains("ID-switches").contains("Tracks/object").contains("False/frame");
        assertThat(identity.lines().filter(l -> l.startsWith(" bear")).findFirst().orElseThrow())
                .matches(" bear +0\\.500000 +0\\.500000 +0\\.500000 +1 +2\\.000000 +0\\.000000 +1 +2");
        JsonNode id = new ObjectMapper().readTree(json.toFile()).path("identity");
        assertThat(id.path("iou_threshold").asDouble()).isEqualTo(0.5);
        assertThat(id.path("overall").path("IDF1").asDouble()).isEqualTo(0.5);
        assertThat(id.path("overall").path("id_switches").asInt()).isEqualTo(1);
        assertThat(id.path("overall").path("tracks_per_object").asDouble()).isEqualTo(2.0);
        assertThat(id.path("overall").path("false_per_frame").asDouble()).isEqualTo(0.0);
        JsonNode bear = id.path("per_video").get(0);
        assertThat(bear.path("video").asText()).isEqualTo("bear");
        assertThat(bear.path("per_object").get(0).path("tracks").toString()).isEqualTo("[1,2]");
    }

    @Test
    void ytvisCountsAnEntryOnEmptyBackgroundAsFalse(@TempDir Path dir) throws Exception {
        // A 2×2 video of one frame: the object is the left column; entry 0 covers it, entry 1 the right column.
        // One false instance in one frame; IDTP 1 of 1 + 2 instances, IDF1 = 2/3.
        Path gt = dir.resolve("gt.json");
        Files.writeString(gt, """
                {"videos": [{"id": 1, "width": 2, "height": 2, "length": 1, "file_names": ["v/0.jpg"]}],
                 "categories": [{"id": 1, "name": "a"}],
                 "annotations": [{"id": 5, "video_id": 1, "category_id": 1, "iscrowd": 0,
                                  "segmentations": [{"size": [2, 2], "counts": [0, 2, 2]}], "areas": [2]}]}
                """);
        Path res = dir.resolve("res.json");
        Files.writeString(res, """
                [{"video_id": 1, "category_id": 1, "score": 0.9, "segmentations": [{"size": [2, 2], "counts": [0, 2, 2]}]},
                 {"video_id": 1, "category_id": 1, "score": 0.2, "segmentations": [{"size": [2, 2], "counts": [2, 2]}]}]
                """);
        Path json = dir.resolve("ytvis.json");
        String[] r = EvalCommandTest.run("eval", "ytvis", "--gt", gt.toString(), "--pred", res.toString(), "--json",
                json.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("Identity (not in the official tool").contains("1 of 2 predicted instances");
        JsonNode id = new ObjectMapper().readTree(json.toFile()).path("identity");
        assertThat(id.path("overall").path("IDF1").asDouble()).isEqualTo(2.0 / 3);
        assertThat(id.path("overall").path("false_per_frame").asDouble()).isEqualTo(1.0);
        JsonNode object = id.path("per_video").get(0).path("per_object").get(0);
        assertThat(object.path("object").asInt()).isEqualTo(5);
        assertThat(object.path("tracks").toString()).isEqualTo("[0]");
    }
}

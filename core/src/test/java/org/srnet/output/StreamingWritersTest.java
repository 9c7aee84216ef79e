package org.srnet.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.UserError;
import org.srnet.mask.LabelMap;
import org.srnet.mask.PalettePng;
import org.srnet.mask.Rle;
import org.srnet.result.FrameResult;
import org.srnet.result.SegmentedInstance;
import org.srnet.result.TrackSummary;

/**
 * The writers fed frame by frame: the same bytes as the whole-video algorithm they replace (kept here as the
 * reference), spill files that go away whatever happens, and one clear error when a spill cannot be written.
 */
class StreamingWritersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int W = 13;
    private static final int H = 9;
    private static final int CLASSES = 40;

    @TempDir
    Path tmp;

    /** A random video: 30 tracks over {@code frames} frames, disjoint random masks, some tracks never confirmed. */
    static List<FrameResult> video(int frames, long seed) {
        Random rnd = new Random(seed);
        boolean[] neverConfirmed = new boolean[31];
        for (int id = 1; id <= 30; id++) {
            neverConfirmed[id] = rnd.nextInt(6) == 0;
        }
        List<FrameResult> out = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            int[] owner = new int[W * H];
            List<Integer> ids = new ArrayList<>();
            for (int id = 1; id <= 30; id++) {
                if (rnd.nextInt(3) == 0) {
                    ids.add(id);
                }
            }
            for (int i = 0; i < owner.length; i++) {
                owner[i] = ids.isEmpty() || rnd.nextInt(3) == 0 ? 0 : ids.get(rnd.nextInt(ids.size()));
            }
            List<SegmentedInstance> instances = new ArrayList<>();
            for (int id : ids) {
                byte[] m = new byte[W * H];
                for (int i = 0; i < m.length; i++) {
                    m[i] = (byte) (owner[i] == id ? 1 : 0);
                }
                float[] probs = new float[CLASSES];
                for (int c = 0; c < CLASSES; c++) {
                    probs[c] = rnd.nextFloat() / CLASSES;
                }
                probs[id % CLASSES] += 0.3f * rnd.nextFloat();
                instances.add(new SegmentedInstance(id, Rle.encode(m, H, W), id % CLASSES + 1, rnd.nextDouble(), probs,
                        neverConfirmed[id] || rnd.nextInt(4) == 0));
            }
            out.add(new FrameResult(f, String.format("%05d", f), W, H, instances));
        }
        return out;
    }

    @Test
    void trackTallyEqualsTrackSummaryBitForBit() {
        List<FrameResult> frames = video(200, 1);
        TrackTally tally = new TrackTally();
        frames.forEach(tally::add);
        // records compare doubles bit for bit (Double.compare)
        assertThat(tally.all()).isEqualTo(TrackSummary.of(frames));
        assertThat(tally.confirmed()).isEqualTo(TrackSummary.confirmed(frames)).hasSizeGreaterThan(20);
    }

    @Test
    void streamedOutputsAreByteIdenticalToTheWholeVideoAlgorithm() throws Exception {
        List<FrameResult> frames = video(300, 2);
        // a 200-byte budget: every track's masks are spread over many blocks of the spill file
        DavisSubmissionWriter davis = new DavisSubmissionWriter(tmp.resolve("davis"), 200);
        YtvisResultsWriter ytvis = new YtvisResultsWriter(tmp.resolve("results.json"), 200);
        try (DavisSubmissionWriter.Sequence s = davis.open("v"); YtvisResultsWriter.Video v = ytvis.open("v", 3)) {
            for (FrameResult f : frames) {
                s.add(f);
                v.add(f);
            }
            assertThat(s.spilledBytes()).isGreaterThan(10_000);
            assertThat(v.spilledBytes()).isGreaterThan(10_000);
            s.finish();
            v.finish(frames.size() + 2); // two frames without results at the end
        }
        ytvis.addVideo("w", 1, 40, video(40, 3));
        assertThat(ytvis.finish(List.of("w", "v"))).isPositive();

        Map<Integer, Integer> labels = referenceLabels(frames);
        assertThat(labels).hasSize(DavisSubmissionWriter.MAX_OBJECTS);
        Path ref = tmp.resolve("reference");
        for (FrameResult f : frames) {
            byte[] map = new byte[W * H];
            for (SegmentedInstance s : f.instances()) {
                byte[] m = s.mask().decode();
                for (int i = 0; i < m.length; i++) {
                    if (m[i] != 0 && labels.containsKey(s.trackId())) {
                        map[i] = labels.get(s.trackId()).byteValue();
                    }
                }
            }
            PalettePng.write(ref.resolve(f.frameName() + ".png"), new LabelMap(W, H, map));
            assertThat(Files.readAllBytes(davis.frameFile("v", f.frameName())))
                    .isEqualTo(Files.readAllBytes(ref.resolve(f.frameName() + ".png")));
        }
        Path parts = tmp.resolve("results.json.parts");
        assertThat(Files.readString(parts.resolve("v.json"))).isEqualTo(referencePart(3, frames.size() + 2, frames));
        assertThat(Files.readAllBytes(tmp.resolve("results.json")))
                .isEqualTo(referenceMerge(List.of(parts.resolve("w.json"), parts.resolve("v.json"))));
        assertThat(spills()).isEmpty();
    }

    /** The whole-video DAVIS choice: the 20 best confirmed tracks, relabelled in track-ID order. */
    private static Map<Integer, Integer> referenceLabels(List<FrameResult> frames) {
        List<TrackSummary> kept = TrackSummary.confirmed(frames).stream()
                .sorted(Comparator.comparingDouble(TrackSummary::score).reversed().thenComparingInt(TrackSummary::trackId))
                .limit(DavisSubmissionWriter.MAX_OBJECTS).sorted(Comparator.comparingInt(TrackSummary::trackId)).toList();
        Map<Integer, Integer> labels = new HashMap<>();
        kept.forEach(t -> labels.put(t.trackId(), labels.size() + 1));
        return labels;
    }

    /** The whole-video part file: every mask of every track in memory, then written track by track. */
    private static String referencePart(long videoId, int frameCount, List<FrameResult> frames) throws IOException {
        Map<Integer, Rle[]> masks = new HashMap<>();
        for (FrameResult f : frames) {
            for (SegmentedInstance s : f.instances()) {
                masks.computeIfAbsent(s.trackId(), k -> new Rle[frameCount])[f.frameIndex()] = s.mask();
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.getFactory().createGenerator(bytes)) {
            g.writeStartArray();
            for (TrackSummary t : TrackSummary.confirmed(frames)) {
                g.writeStartObject();
                g.writeNumberField("video_id", videoId);
                g.writeNumberField("score", t.score());
                g.writeNumberField("category_id", t.category());
                g.writeArrayFieldStart("segmentations");
                for (Rle r : masks.get(t.trackId())) {
                    if (r == null) {
                        g.writeNull();
                    } else {
                        g.writeStartObject();
                        g.writeArrayFieldStart("size");
                        g.writeNumber(r.height());
                        g.writeNumber(r.width());
                        g.writeEndArray();
                        g.writeStringField("counts", r.toCompressedString());
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The whole-part merge: each part read into a tree, then written out. */
    private static byte[] referenceMerge(List<Path> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.getFactory().createGenerator(bytes)) {
            g.writeStartArray();
            for (Path p : parts) {
                for (var track : JSON.readTree(p.toFile())) {
                    JSON.writeTree(g, track);
                }
            }
            g.writeEndArray();
        }
        return bytes.toByteArray();
    }

    private List<Path> spills() throws IOException {
        try (Stream<Path> all = Files.walk(tmp)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".spill")).toList();
        }
    }

    @Test
    void spillFilesLiveNextToTheOutputWhileAVideoIsFedAndGoAwayOnSuccess() throws Exception {
        DavisSubmissionWriter davis = new DavisSubmissionWriter(tmp.resolve("davis"));
        YtvisResultsWriter ytvis = new YtvisResultsWriter(tmp.resolve("results.json"));
        try (DavisSubmissionWriter.Sequence s = davis.open("bear"); YtvisResultsWriter.Video v = ytvis.open("bear", 1)) {
            video(3, 4).forEach(f -> {
                s.add(f);
                v.add(f);
            });
            assertThat(spills()).containsExactlyInAnyOrder(tmp.resolve("davis/.bear.spill"),
                    tmp.resolve("results.json.parts/.bear.spill"));
            s.finish();
            v.finish();
        }
        assertThat(spills()).isEmpty();
        assertThat(davis.isComplete("bear", List.of("00000", "00001", "00002"))).isTrue();
        assertThat(ytvis.hasPart("bear")).isTrue();
    }

    @Test
    void spillFilesGoAwayWhenWritingTheOutputFails() throws Exception {
        DavisSubmissionWriter davis = new DavisSubmissionWriter(tmp.resolve("davis"));
        Files.createDirectories(tmp.resolve("davis"));
        Files.writeString(tmp.resolve("davis/bear"), "a file where the sequence folder goes");
        assertThatThrownBy(() -> davis.write("bear", video(3, 5))).isInstanceOf(UserError.class)
                .hasMessageContaining("davis/bear/00000.png");

        YtvisResultsWriter ytvis = new YtvisResultsWriter(tmp.resolve("results.json"));
        Files.createDirectories(tmp.resolve("results.json.parts/bear.json/in-the-way"));
        assertThatThrownBy(() -> ytvis.addVideo("bear", 1, 3, video(3, 5))).isInstanceOf(UserError.class)
                .hasMessageContaining("bear.json");
        // and when the video itself fails before the end
        try (YtvisResultsWriter.Video v = ytvis.open("cat", 2)) {
            v.add(video(1, 6).get(0));
            assertThatThrownBy(() -> v.add(video(1, 6).get(0))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("frames must come in order");
        }
        assertThat(spills()).isEmpty();
    }

    @Test
    void aSpillFileThatCannotBeWrittenIsOneErrorNamingIt() throws Exception {
        // a folder holding a file sits where each spill file goes
        Files.createDirectories(tmp.resolve("davis/.bear.spill/x"));
        Files.createDirectories(tmp.resolve("results.json.parts/.bear.spill/x"));
        assertThatThrownBy(() -> new DavisSubmissionWriter(tmp.resolve("davis")).open("bear"))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith(tmp.resolve("davis/.bear.spill") + ": cannot create the temporary spill file (");
        assertThatThrownBy(() -> new YtvisResultsWriter(tmp.resolve("results.json")).open("bear", 1))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith(tmp.resolve("results.json.parts/.bear.spill") + ": cannot create the temporary spill file (");
    }

    @Test
    void spillFileReadsEveryKeyBackInOrderAcrossBlocks() throws Exception {
        Random rnd = new Random(7);
        Map<Integer, ByteArrayOutputStream> expected = new HashMap<>();
        Path file = tmp.resolve("x.spill");
        try (SpillFile spill = SpillFile.create(file, 50)) {
            for (int i = 0; i < 2000; i++) {
                int key = rnd.nextInt(9);
                byte[] b = new byte[rnd.nextInt(120)];
                rnd.nextBytes(b);
                spill.write(key, out -> out.write(b));
                expected.computeIfAbsent(key, k -> new ByteArrayOutputStream()).write(b);
            }
            assertThat(spill.fileBytes()).isPositive();
            for (var e : expected.entrySet()) {
                byte[] back = spill.read(e.getKey(), DataInputStream::readAllBytes);
                assertThat(Arrays.equals(back, e.getValue().toByteArray())).as("key " + e.getKey()).isTrue();
            }
            assertThat(spill.read(99, DataInputStream::readAllBytes)).isEmpty();
            assertThat(file).isRegularFile();
        }
        assertThat(file).doesNotExist();
    }
}

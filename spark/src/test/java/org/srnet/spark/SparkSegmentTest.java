package org.srnet.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.data.synth.SynthDataset;
import org.srnet.data.synth.SynthOptions;
import org.srnet.job.OutputFormat;
import org.srnet.job.SegmentListener;
import org.srnet.job.SegmentVideos;
import org.srnet.method.Methods;
import org.srnet.method.SegmentationModel;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.methods.srnet.network.TinyModels;
import org.srnet.video.Sources;
import org.srnet.video.VideoSource;

/**
 * Issue 16: the segment job on {@code local[2]} gives the files the in-process job gives, reports a broken video
 * and goes on, resumes with only what is left, and loads the model once per JVM.
 */
class SparkSegmentTest {
    private static final String FORMATS = "davis,ytvis";
    // An untrained model: every seed counts and a track is written from its first frame.
    private static final List<String> SETS = List.of("inference.minScore=0", "inference.foregroundGate=0",
            "inference.minTrackLength=1");

    @TempDir
    Path dir;

    @Test
    void sameOutputsAsALocalRunBrokenVideoReportedAndResumed() throws Exception {
        Path modelDir = Files.createDirectories(dir.resolve("model"));
        try (SrNetModel m = SrNetModel.create(TinyModels.vis(2), List.of("a", "b"), 3)) {
            m.metadata().put("input_width", 64);
            m.metadata().put("input_height", 64);
            m.save(modelDir);
        }
        Path root = dir.resolve("synth");
        SynthDataset.write(root, new SynthOptions(3, 3, 64, 48, 7, 0));
        Path input = SynthDataset.framesRoot(root);
        Path broken = Files.createDirectories(input.resolve("zz-broken"));
        Files.write(broken.resolve("00000.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        Files.write(broken.resolve("00001.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 4, 5, 6});

        Path local = dir.resolve("local");
        try (SegmentationModel model = Methods.load(modelDir, SETS)) {
            List<VideoSource> good = Sources.open(input).stream().filter(s -> {
                boolean keep = !s.name().equals("zz-broken");
                if (!keep) {
                    s.close();
                }
                return keep;
            }).toList();
            new SegmentVideos(model, OutputFormat.parse(FORMATS), local).run(good);
        }

        Path out = dir.resolve("spark");
        SparkSegment.Settings settings = new SparkSegment.Settings(modelDir.toString(), SETS, input.toString(),
                out.toString(), FORMATS, false);
        int loadsBefore = ExecutorModels.loads();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("srnet-test")
                .config("spark.ui.enabled", "false").config("spark.speculation", "false")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        try {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            SparkSegment.Report first = SparkSegment.run(sc, settings, new SegmentListener() { });
            assertThat(first.skipped()).isEmpty();
            assertThat(first.outcomes()).hasSize(4);
            assertThat(first.failures()).singleElement().satisfies(o -> {
                assertThat(o.video()).isEqualTo("zz-broken");
                assertThat(o.error()).contains("00000.jpg");
            });
            assertThat(first.outcomes().stream().filter(o -> !o.failed())).allSatisfy(o -> assertThat(o.frames()).isEqualTo(3));

            assertThat(new ObjectMapper().readTree(local.resolve(SegmentVideos.RESULTS_JSON).toFile())).as("tracks").isNotEmpty();
            assertThat(Files.readAllBytes(out.resolve(SegmentVideos.RESULTS_JSON)))
                    .isEqualTo(Files.readAllBytes(local.resolve(SegmentVideos.RESULTS_JSON)));
            Map<String, byte[]> sparkPngs = files(out.resolve(SegmentVideos.DAVIS_DIR));
            Map<String, byte[]> localPngs = files(local.resolve(SegmentVideos.DAVIS_DIR));
            assertThat(localPngs).hasSize(9);
            assertThat(sparkPngs.keySet()).containsExactlyElementsOf(localPngs.keySet());
            localPngs.forEach((f, bytes) -> assertThat(sparkPngs.get(f)).as(f).isEqualTo(bytes));

            SparkSegment.Report second = SparkSegment.run(sc, settings, new SegmentListener() { });
            assertThat(second.skipped()).hasSize(3);
            assertThat(second.outcomes()).singleElement().satisfies(o -> {
                assertThat(o.video()).isEqualTo("zz-broken");
                assertThat(o.failed()).isTrue();
            });
            assertThat(Files.readAllBytes(out.resolve(SegmentVideos.RESULTS_JSON)))
                    .isEqualTo(Files.readAllBytes(local.resolve(SegmentVideos.RESULTS_JSON)));
            assertThat(ExecutorModels.loads() - loadsBefore).as("model loads in this JVM").isEqualTo(1);
        } finally {
            spark.stop();
        }
    }

    /** Every file under {@code root}, by relative path. */
    private static Map<String, byte[]> files(Path root) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}

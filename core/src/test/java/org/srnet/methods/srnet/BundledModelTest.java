package org.srnet.methods.srnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.srnet.data.synth.SynthDataset;
import org.srnet.data.synth.SynthOptions;
import org.srnet.eval.DavisEvaluator;
import org.srnet.eval.DavisResult;
import org.srnet.job.OutputFormat;
import org.srnet.job.SegmentVideos;
import org.srnet.methods.srnet.infer.SegmenterOptions;
import org.srnet.methods.srnet.model.SrNetModel;
import org.srnet.video.YtvisSources;

/**
 * The bundled model genuinely works: on two of the demo's synthetic videos it scores what its card says. The card
 * records J&F on exactly these two videos (generated from their seed, never seen in training), measured with the
 * same code; the tolerance covers libtorch thread-count differences.
 */
class BundledModelTest {
    private static final Path MODEL = Path.of("models/cpu-small");

    @Test
    void scoresWhatItsCardSays(@TempDir Path dir) throws Exception {
        JsonNode card = new ObjectMapper().readTree(MODEL.resolve("card.json").toFile());
        JsonNode check = card.path("check");
        Path data = dir.resolve("data");
        SynthDataset.write(data, new SynthOptions(check.path("videos").asInt(), check.path("frames").asInt(),
                320, 192, check.path("seed").asLong(), 1.0));
        Path out = dir.resolve("out");
        try (SrNetModel model = SrNetModel.load(MODEL)) {
            new SegmentVideos(new SrNetInference(model, SegmenterOptions.forModel(model), false), EnumSet.of(OutputFormat.DAVIS), out)
                    .run(YtvisSources.open(SynthDataset.ytvisJson(data, "val"), SynthDataset.framesRoot(data)));
        }
        DavisResult r = DavisEvaluator.evaluate(data, out.resolve(SegmentVideos.DAVIS_DIR), "val");
        assertThat(r.get("J&F-Mean")).isCloseTo(check.path("jf_mean").asDouble(), within(0.02));
        assertThat(r.get("J&F-Mean")).as("a model that works").isGreaterThan(0.3);
        assertThat(Files.size(MODEL.resolve(SrNetModel.WEIGHTS_FILE))).isLessThan(30L << 20);
        assertThat(card.path("preset").asText()).isEqualTo("cpu-small");
    }
}

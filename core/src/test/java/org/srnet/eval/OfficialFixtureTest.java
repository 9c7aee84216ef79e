package org.srnet.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srnet.data.YtvisVideo;

/**
 * Pins the numbers the official tools print on {@link OfficialFixtures} (seed 11): the DAVIS ones from
 * davis2017-evaluation's {@code DAVISEvaluation(task='unsupervised')}, the YouTube-VIS ones from youtubevos/cocoapi's
 * {@code YTVOSeval(iouType='segm')}, full double precision. Equality is exact: a difference in the last bit
 * means an official quirk is no longer reproduced.
 */
class OfficialFixtureTest {

    @Test
    void davisMatchesTheOfficialToolBitForBit(@TempDir Path dir) throws Exception {
        OfficialFixtures.writeDavis(dir.resolve("davis"), dir.resolve("res"), 11);
        DavisResult r = DavisEvaluator.evaluate(dir.resolve("davis"), dir.resolve("res"), "val");
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("J&F-Mean", 0.48170943345053474);
        expected.put("J-Mean", 0.5171859224489975);
        expected.put("J-Recall", 0.6242344643660434);
        expected.put("J-Decay", -0.167467125933949);
        expected.put("F-Mean", 0.446232944452072);
        expected.put("F-Recall", 0.5076314718419981);
        expected.put("F-Decay", -0.20913744729487316);
        assertThat(r.global()).containsExactlyEntriesOf(expected);
        assertThat(r.perObject()).hasSize(18);
        assertThat(r.perObject().subList(0, 6)).extracting(DavisObjectRow::name)
                .containsExactly("seqA_1", "seqA_2", "seqA_3", "seqB_1", "seqC_1", "seqC_2");
        double[][] rows = {{0.6065236977324056, 0.654095150385754}, {0.5613047569258891, 0.38581099749649606},
            {0.5750782695305819, 0.5064399752980928}, {0.7598464176784135, 0.5101588542268407},
            {0.6271199664323351, 0.6358072334701398}, {0.5571534791648958, 0.49754737814125116}};
        for (int i = 0; i < rows.length; i++) {
            assertThat(r.perObject().get(i).j().mean()).isEqualTo(rows[i][0]);
            assertThat(r.perObject().get(i).f().mean()).isEqualTo(rows[i][1]);
        }
    }

    @Test
    void ytvisMatchesTheOfficialToolBitForBit() {
        SyntheticCases.Ytvis c = OfficialFixtures.ytvis(11, 12, 8);
        YtvisEvaluator e = new YtvisEvaluator(IntStream.rangeClosed(1, c.categories()).boxed().toList());
        for (YtvisVideo v : c.videos()) {
            e.process(v, c.detections().stream().filter(d -> d.videoId() == v.id()).toList());
        }
        YtvisResult r = e.evaluate();
        double[] expected = {0.36765106298252476, 0.5305465193120962, 0.3965382487639648, 0.4060670347356051,
            0.48346886117183147, 0.8551155115511551, 0.4162063492063492, 0.7856666666666666, 0.8056666666666668,
            0.8023333333333333, 0.6819999999999999, 0.8555555555555556};
        List<String> names = YtvisParams.STATS;
        for (int i = 0; i < names.size(); i++) {
            assertThat(r.get(names.get(i))).as(names.get(i)).isEqualTo(expected[i]);
        }
        assertThat(r.perCategoryAp()).containsExactly(Map.entry(1, 0.413061039023157), Map.entry(2, 0.5473911288187642),
                Map.entry(3, 0.4282178217821782), Map.entry(4, 0.14201284308941853), Map.entry(5, 0.30757248219910577));
    }
}
